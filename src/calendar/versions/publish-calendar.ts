import type { CalendarVersion } from '../../domain/calendar.ts';
import { formatRangeIt } from '../../domain/format-day-it.ts';
import { recordAudit, type Clock, type Store } from '../../ports.ts';
import { latestPublished, latestVersion, type PeriodKey } from './calendar-versions.ts';
import { diffVersions, type VersionDiff } from './diff-versions.ts';

export type PublishResult =
  | { ok: true; version: CalendarVersion; diff: VersionDiff | null; message: string }
  | { ok: false; message: string };

/**
 * Publishes the latest provisional version of a period: from now on it is immutable. Returns the
 * differences from the previously published version, so that only the people whose duties changed
 * need to hear about it.
 */
export async function publishCalendar(store: Store, clock: Clock, key: PeriodKey, actor: string): Promise<PublishResult> {
  const at = clock.now().toISOString();
  const period = formatRangeIt(key.from, key.to);
  const outcome = await store.update((draft) => {
    const latest = latestVersion(draft, key);
    if (!latest) return { ok: false as const, message: `Non c'è ancora un calendario ${period}: generane prima uno provvisorio.` };
    if (latest.status === 'published') return { ok: false as const, message: `Il calendario ${period} è già pubblicato (versione ${latest.number}) e non ci sono modifiche da pubblicare.` };
    const previous = latestPublished(draft, key);
    const target = draft.calendars.find((c) => c.id === latest.id)!;
    target.status = 'published';
    target.publishedAt = at;
    target.publishedBy = actor;
    return { ok: true as const, version: structuredClone(target), diff: previous ? diffVersions(previous.duties, target.duties) : null };
  });
  await recordAudit(store, {
    at, actor, action: 'calendar.publish', subject: `calendar:${outcome.ok ? outcome.version.id : `${key.officeId}/${key.from}_${key.to}`}`, refused: !outcome.ok,
    details: outcome.ok ? { changes: outcome.diff?.changes.length ?? null } : {},
  });
  if (!outcome.ok) return outcome;
  const changes = !outcome.diff ? ''
    : outcome.diff.changes.length === 0 ? ' Nessun turno cambia rispetto alla versione pubblicata prima.'
      : ` Rispetto alla versione pubblicata prima ${outcome.diff.changes.length === 1 ? 'cambia 1 turno' : `cambiano ${outcome.diff.changes.length} turni`} per ${outcome.diff.affected.length === 1 ? '1 magistrato' : `${outcome.diff.affected.length} magistrati`}.`;
  return { ...outcome, message: `Calendario ${period} pubblicato (versione ${outcome.version.number}).${changes}` };
}
