import type { CivilDay } from '../../../domain/civil-day.ts';
import { findChronoDates } from './chrono-dates.ts';
import { isProblem } from './date-problems.ts';
import { dateRules, type ListedDays } from './date-rules.ts';
import type { DateMention, DateProblemMention } from './date-mention.ts';
import { readNumber } from './day-math.ts';

/**
 * Finding the date mentions of an utterance: our own rules (`date-rules.ts`) first, then chrono-node on
 * what they left; and a length ("per 3 giorni"), which chrono would take for a date.
 */

export interface FoundDates {
  mentions: DateMention[];
  problems: DateProblemMention[];
}

/**
 * A length: "per 3 giorni", "3 giorni di ferie", "per una settimana", "un paio di giorni" (two); not "tra 3 giorni" (a date) nor "i prossimi 10 giorni".
 * The count agrees with its noun: "al 5 settimana bianca" is a day and a ski week, not five weeks.
 */
const DURATION = /(?<!\b(?:tra|fra|prossimi|prossime|ultimi|ultime) )\b(?:per )?(?:(1|un|una) (giorno|settimana)|(\d{1,2}|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|quindici|(?:un )?paio di) (giorni|settimane))\b/;

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Every match of our own rules, earlier rules winning over later overlapping ones. */
export function findRuleDates(text: string, today: CivilDay): FoundDates {
  const mentions: DateMention[] = [];
  const problems: DateProblemMention[] = [];
  for (const rule of dateRules) {
    for (const match of text.matchAll(rule.pattern)) {
      const start = match.index ?? 0;
      const mention = { start, end: start + match[0].length, text: match[0] };
      if ([...mentions, ...problems].some((a) => overlaps(a, mention))) continue;
      const outcome = rule.resolve(match, today);
      if (isProblem(outcome)) problems.push({ ...mention, problem: outcome, source: rule.id });
      else if (outcome) {
        // A list of days apart ("il 3 e il 10 marzo") keeps each day beside the range spanning them.
        const listed = (outcome as ListedDays).periods;
        mentions.push({ ...mention, range: { from: outcome.from, to: outcome.to }, source: rule.id, ...(listed && listed.length > 1 ? { periods: listed } : {}) });
      }
    }
  }
  return { mentions, problems };
}

/** Blanks the mentioned spans so chrono does not read them again; offsets stay the same. */
function maskMentions(text: string, mentions: readonly { start: number; end: number }[]): string {
  let masked = text;
  for (const m of mentions) masked = masked.slice(0, m.start) + ' '.repeat(m.end - m.start) + masked.slice(m.end);
  return masked;
}

/** Our rules' mentions plus chrono's on the rest, sorted by position; and the dates that cannot be used. */
export function findDateMentions(text: string, today: CivilDay): FoundDates {
  const { mentions: own, problems } = findRuleDates(text, today);
  const durations = [...text.matchAll(new RegExp(DURATION.source, 'g'))]
    .map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const fromChrono = findChronoDates(maskMentions(text, [...own, ...problems, ...durations]), today)
    .map((c): DateMention => ({ start: c.index, end: c.index + c.text.length, text: c.text, range: c.range, source: 'chrono' }))
    .filter((c) => !own.some((o) => overlaps(o, c)));
  return { mentions: [...own, ...fromChrono].sort((a, b) => a.start - b.start), problems };
}

/** The number of days of a length written in the text ("per 3 giorni": 3, "per una settimana": 7), or null. */
export function durationDays(text: string): number | null {
  const match = DURATION.exec(text);
  if (!match) return null;
  const count = match[1] ?? match[3] ?? '1';
  return (/paio/.test(count) ? 2 : readNumber(count)) * (/settiman/.test(match[2] ?? match[4] ?? '') ? 7 : 1);
}
