import type { Absence } from '../domain/absence.ts';
import type { Gender } from '../domain/gender.ts';
import type { GiadaSetup } from '../domain/giada.ts';
import type { OfficeConfig } from '../domain/office-config.ts';

/**
 * The engine's setup from an office configuration and the absences known now (the file's and those
 * declared later): only what GIADA decides from, so that the ledger's copy stays small.
 */
export function buildGiadaSetup(config: OfficeConfig, absences: readonly Absence[] = []): GiadaSetup {
  if (!config.giada) throw new Error(`L'ufficio ${config.office.id} non ha una configurazione GIADA.`);
  const judges = new Set(config.giada.judges.map((j) => j.magistrateId));
  const magistrates = config.magistrates
    .filter((m) => judges.has(m.id))
    .map((m) => ({
      id: m.id,
      name: m.name,
      surname: m.surname,
      ...(m.gender !== undefined ? { gender: m.gender } : {}),
      ...(m.serviceStart !== undefined ? { serviceStart: m.serviceStart } : {}),
      ...(m.serviceEnd !== undefined ? { serviceEnd: m.serviceEnd } : {}),
      exemptions: m.exemptions.map((e) => ({ percentage: e.percentage, from: e.from, ...(e.to !== undefined ? { to: e.to } : {}) })),
    }));
  const seen = new Set<string>();
  const active = [...config.absences, ...absences]
    .filter((a) => a.status === 'active' && judges.has(a.magistrateId) && !seen.has(a.id) && seen.add(a.id))
    .map((a) => ({ magistrateId: a.magistrateId, type: a.type, from: a.from, to: a.to }))
    .sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : a.magistrateId < b.magistrateId ? -1 : 1));
  return {
    officeId: config.office.id,
    officeName: config.office.name,
    city: config.office.city,
    patronSaintDay: config.office.patronSaintDay,
    giada: config.giada,
    magistrates,
    absences: active,
  };
}

/** The gender the office declared for the magistrate, or undefined when it declared none (or the magistrate is unknown). */
export function genderOf(setup: Pick<GiadaSetup, 'magistrates'>, id: string): Gender | undefined {
  return setup.magistrates.find((x) => x.id === id)?.gender;
}

/** "Marta Leone", or the id when the magistrate is unknown. */
export function nameOf(setup: Pick<GiadaSetup, 'magistrates'>, id: string): string {
  const m = setup.magistrates.find((x) => x.id === id);
  return m ? `${m.name} ${m.surname}` : id;
}
