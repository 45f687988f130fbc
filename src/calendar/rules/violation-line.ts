import type { Violation } from '../assignment.ts';

/** A rule's level in words, for the head: a hard rule is never to be broken, a soft one is a recommendation. */
export function ruleLevelIt(level: Violation['level']): string {
  return level === 'hard' ? 'regola inderogabile' : 'regola raccomandata';
}

/**
 * A broken rule as a list line under a warning ("- Regola inderogabile: Valentina Greco ha … lo stesso giorno"):
 * the level in words and the rule's sentence, never the rule's configuration id.
 */
export function formatViolationLine(violation: Violation): string {
  const level = ruleLevelIt(violation.level);
  return `- ${level.charAt(0).toUpperCase()}${level.slice(1)}: ${violation.message}`;
}
