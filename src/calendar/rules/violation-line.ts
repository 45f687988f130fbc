import type { Violation } from '../assignment.ts';

/** A rule's level in words, for the head: a hard rule is never to be broken, a soft one is a recommendation. */
export function ruleLevelIt(level: Violation['level']): string {
  return level === 'hard' ? 'regola inderogabile' : 'regola raccomandata';
}

/**
 * A broken rule named by its level, then its sentence ("Regola inderogabile: Valentina Greco ha … lo stesso giorno"),
 * never by the rule's configuration id: what a chat list shows, where the platform draws the bullet.
 */
export function describeViolation(violation: Violation): string {
  const level = ruleLevelIt(violation.level);
  return `${level.charAt(0).toUpperCase()}${level.slice(1)}: ${violation.message}`;
}

/** A broken rule as a list line under a warning ("- Regola inderogabile: …"), as `describeViolation` words it. */
export function formatViolationLine(violation: Violation): string {
  return `- ${describeViolation(violation)}`;
}
