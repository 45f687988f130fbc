import { CORRECTION } from './dates/retracted-dates.ts';
import { findAbsenceType, findService } from './slot-keywords.ts';

/**
 * A service or absence type taken back by a correction ("ferie domani, anzi malattia", "chi fa la repe sabato? anzi
 * no, le convalide"): the one named after the last correcting word wins over the one before it.
 */

/** The text after the last correcting word, the words before it blanked (same length); null without one. */
function afterCorrection(text: string): string | null {
  const ends = [...text.matchAll(CORRECTION)].map((m) => (m.index ?? 0) + m[0].length);
  const last = ends.pop();
  return last === undefined ? null : ' '.repeat(last) + text.slice(last);
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
