import { formatDayIt } from '../domain/format-day-it.ts';

type Article = 'il' | 'al' | 'dal' | 'del' | 'tra il' | 'e il';

const elided: Record<Article, string> = { il: "l'", al: "all'", dal: "dall'", del: "dell'", 'tra il': "tra l'", 'e il': "e l'" };

/**
 * A date with its article or articulated preposition, elided before a vowel as Italian requires:
 * "al 9 giugno 2027" but "all'8 giugno 2027" and "dall'11 marzo 2027" (the days read otto, undici).
 */
export function dayWithArticle(article: Article, day: string): string {
  const text = formatDayIt(day);
  return /^(8|11) /.test(text) ? `${elided[article]}${text}` : `${article} ${text}`;
}
