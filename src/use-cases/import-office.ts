import type { OfficeConfig } from '../domain/office-config.ts';
import { recordAudit, type Clock, type Store } from '../ports.ts';

export type ImportOutcome =
  | { ok: true; officeId: string; replaced: boolean; absencesAdded: number }
  | { ok: false; message: string };

/** Magistrate ids are unique across the offices of one store: absences and duties refer to them alone. */
function clashingIds(draftOffices: Record<string, OfficeConfig>, config: OfficeConfig): string[] {
  const ours = new Set(config.magistrates.map((m) => m.id));
  return Object.values(draftOffices)
    .filter((other) => other.office.id !== config.office.id)
    .flatMap((other) => other.magistrates.filter((m) => ours.has(m.id)).map((m) => `${m.id} (${other.office.name})`));
}

/**
 * Stores a validated office configuration (replacing the previous one of the same office) and adds
 * the absences it lists that the store does not have yet. Audited.
 */
export async function importOffice(store: Store, clock: Clock, config: OfficeConfig, actor: string): Promise<ImportOutcome> {
  const officeId = config.office.id;
  const outcome = await store.update((draft): ImportOutcome => {
    const clashes = clashingIds(draft.offices, config);
    if (clashes.length > 0) {
      return { ok: false, message: `Importazione annullata: questi id di magistrato sono già usati in un altro ufficio dell'archivio: ${clashes.join(', ')}. Gli id devono essere unici in tutto l'archivio.` };
    }
    const replaced = officeId in draft.offices;
    const known = new Set(draft.absences.map((a) => a.id));
    const fresh = config.absences.filter((a) => !known.has(a.id));
    draft.offices[officeId] = config;
    draft.absences.push(...fresh);
    return { ok: true, officeId, replaced, absencesAdded: fresh.length };
  });
  await recordAudit(store, {
    at: clock.now().toISOString(),
    actor,
    action: 'office.import',
    subject: `office:${officeId}`,
    refused: !outcome.ok,
    details: outcome.ok ? { replaced: outcome.replaced, absencesAdded: outcome.absencesAdded, magistrates: config.magistrates.length } : { reason: 'id_clash' },
  });
  return outcome;
}
