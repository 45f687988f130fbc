import { CORRECTION } from './dates/retracted-dates.ts';
import { extractMagistrate } from './extract-magistrate.ts';
import type { NormalizedText } from './normalize-text.ts';
import { findAbsenceType, findService } from './slot-keywords.ts';
import type { Intent } from './understanding.ts';

/**
 * A service, absence type or colleague taken back by a correction ("ferie domani, anzi malattia", "chi fa la repe
 * sabato? anzi no, le convalide", "scambio con Rossi, anzi no, con Bianchi"): the one named after the last correcting
 * word wins over the one before it.
 */

/** Where the text after the last correcting word starts (`CORRECTION`, shared with the dates), or null without one. */
function lastCorrectionEnd(text: string): number | null {
  const ends = [...text.matchAll(CORRECTION)].map((m) => (m.index ?? 0) + m[0].length);
  return ends.length > 0 ? ends[ends.length - 1]! : null;
}

/** The text after the last correcting word, the words before it blanked (same length); null without one. */
function afterCorrection(text: string): string | null {
  const last = lastCorrectionEnd(text);
  return last === null ? null : ' '.repeat(last) + text.slice(last);
}

/** The service named after a correction, or null. */
export function correctedService(text: string): ReturnType<typeof findService> {
  const after = afterCorrection(text);
  return after === null ? null : findService(after);
}

/** The absence type named after a correction, else the text's. */
export function correctedAbsenceType(text: string): ReturnType<typeof findAbsenceType> {
  const after = afterCorrection(text);
  return (after === null ? null : findAbsenceType(after)) ?? findAbsenceType(text);
}

/** The colleague named after the last correction, else the text's. */
export function correctedMagistrate(written: NormalizedText, intent: Intent): ReturnType<typeof extractMagistrate> {
  const end = lastCorrectionEnd(written.text);
  if (end === null) return extractMagistrate(written, intent);
  // The words of the normalised text are joined by single spaces: the correction ends after this many of them.
  const from = written.text.slice(0, end).split(' ').filter((w) => w.length > 0).length;
  const cut = <T>(items: readonly T[]): T[] => items.slice(from);
  const words = cut(written.words);
  const after: NormalizedText = {
    raw: cut(written.raw), capitalized: cut(written.capitalized), acronym: cut(written.acronym), words, text: words.join(' '), clauseStart: words.map((_w, i) => i === 0 || written.clauseStart[from + i]!),
    sentenceStart: words.map((_w, i) => i === 0 || written.sentenceStart[from + i]!), asked: cut(written.asked), addressed: cut(written.addressed),
  };
  return extractMagistrate(after, intent) ?? extractMagistrate(written, intent);
}
