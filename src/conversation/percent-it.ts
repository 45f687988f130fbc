import { numberIt } from '../domain/format-number-it.ts';

type Article = 'il' | 'del';
/** The forms before a vowel ("l'8%", "dell'11%") and before "zero" ("lo 0%", "dello 0%"). */
const beforeVowel: Record<Article, string> = { il: "l'", del: "dell'" };
const beforeZero: Record<Article, string> = { il: 'lo ', del: 'dello ' };

/**
 * A percentage with its article, as it is read aloud: "il 29%", "l'8%", "dell'11%", "lo 0%" (otto, undici, uno and
 * eighty-something open with a vowel; zero with a z). `digits` decimals, dropped when they are zero.
 */
export function percentWithArticle(article: Article, value: number, digits = 0): string {
  const shown = numberIt(value, digits).replace(/,0+$/, '');
  const whole = shown.split(',')[0]!.replace(/\./g, '');
  if (whole === '0') return `${beforeZero[article]}${shown}%`;
  const vowel = whole === '1' || whole === '11' || whole.startsWith('8');
  return `${vowel ? beforeVowel[article] : `${article} `}${shown}%`;
}
