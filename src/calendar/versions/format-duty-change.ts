import { formatRangeIt } from '../../domain/format-day-it.ts';
import { toName } from '../../domain/italian-preposition.ts';
import type { CalendarContext } from '../calendar-context.ts';
import { nameOf, serviceName } from '../rules/holdings.ts';
import type { DutyChange } from './diff-versions.ts';

/**
 * One change between two versions as a list line: '- "Turno arrestati" il 9 gennaio 2027: da Greco a Ricci'. A place
 * given to nobody is said to stay uncovered unless `leftCovered` (a place beyond the need was taken away).
 */
export function formatDutyChange(ctx: CalendarContext, change: DutyChange, leftCovered = false): string {
  const slot = `"${serviceName(ctx, change.serviceId)}" ${formatRangeIt(change.from, change.to)}`;
  const before = change.before ? nameOf(ctx, change.before) : 'nessuno';
  const after = change.after ? nameOf(ctx, change.after) : leftCovered ? 'nessuno (era un posto in più)' : 'nessuno (resta scoperto)';
  return `- ${slot}: da ${before} ${toName(after)}`;
}
