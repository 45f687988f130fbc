import type { Assignment, Violation } from '../assignment.ts';
import type { CalendarContext } from '../calendar-context.ts';

/**
 * A scheduling rule, Timefold style: a small named object with its level, its weight and a function
 * that returns its violations as full Italian sentences. Penalties grow with the size of the breach.
 */
export interface CalendarRule {
  id: string;
  level: 'hard' | 'soft';
  weight: number;
  /** What the rule says, in Italian, for explanations ("perché a me?"). */
  description: string;
  /** The services the rule is about (empty: all of them). */
  services: readonly string[];
  /**
   * The violations of `assignments`. With `onlyFor`, only those of that magistrate are wanted (the
   * construction asks about one candidate at a time); a rule may use it to skip the others.
   */
  check(ctx: CalendarContext, assignments: readonly Assignment[], onlyFor?: string): Violation[];
}
