import type { CalendarVersion } from '../domain/calendar.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import { canKeepPlace, type CalendarContext } from './calendar-context.ts';
import { diffVersions } from './versions/diff-versions.ts';
import { toAssignments } from './versions/duties.ts';
import { linkedToDisplaced } from './replan-linked.ts';

type Version = DeepReadonly<CalendarVersion>;

/**
 * The version a new replan starts from when a replan proposal of the published version still awaits the head's
 * approval: the proposal itself, so that the places it already filled keep their new holders (the replan pins every
 * duty whose holder can still do it) and the head does not see a place move twice without reason; only the places the
 * new absences take away are filled again. Each change the proposal made must still have its reason: the published
 * holder still cannot do the duty, or is the colleague who took such a duty (a chain: `replan-chains.ts`), or the duty
 * followed a displaced one it is tied to by a hard dependency (`replan-linked.ts`). When one has
 * none (an absence cancelled meanwhile), the replan starts again from the published version, which gives it back.
 */
export function replanBase(ctx: CalendarContext, published: Version, proposal: Version): Version {
  const changes = diffVersions(published.duties, proposal.duties).changes;
  const stillDisplaced = (c: (typeof changes)[number]) => c.before !== null && !canKeepPlace(ctx, c.before, c.slotId);
  const takers = new Set(changes.filter(stillDisplaced).map((c) => c.after));
  // A duty that followed a displaced one it is tied to by a hard dependency (the weekend turn of the week's reperibile).
  const publishedAssignments = toAssignments(published.duties);
  const displaced = publishedAssignments.filter((a) => !canKeepPlace(ctx, a.magistrateId, a.slotId));
  const followers = new Set(linkedToDisplaced(ctx, publishedAssignments, displaced).map((a) => `${a.slotId}#${a.magistrateId}`));
  const reasoned = changes.every((c) => c.before === null || stillDisplaced(c) || takers.has(c.before) || followers.has(`${c.slotId}#${c.before}`));
  return reasoned ? proposal : published;
}
