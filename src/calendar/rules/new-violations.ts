import type { Violation } from '../assignment.ts';

/** The violations present after but not before, i.e. those a change introduced. */
export function newViolations(before: readonly Violation[], after: readonly Violation[]): Violation[] {
  const known = new Set(before.map((v) => `${v.ruleId}|${v.message}`));
  return after.filter((v) => !known.has(`${v.ruleId}|${v.message}`));
}
