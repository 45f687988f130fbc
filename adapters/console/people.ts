import { roleLabels } from '../../src/domain/role.ts';
import { staffRoleLabels } from '../../src/domain/staff.ts';
import type { DeepReadonly } from '../../src/domain/deep-readonly.ts';
import type { StoreState } from '../../src/domain/store-state.ts';

/** The people the console can act as: every magistrate and staff member of the offices in the store. */

export interface ConsolePerson {
  /** The person's id in the office file: the console's chat id. */
  id: string;
  surname: string;
  /** "Mario Rossi, sostituto procuratore, Procura della Repubblica presso il Tribunale di Napoli". */
  label: string;
}

export function listPeople(state: DeepReadonly<StoreState>): ConsolePerson[] {
  const people: ConsolePerson[] = [];
  for (const config of Object.values(state.offices)) {
    const office = config.office.name;
    for (const m of config.magistrates) people.push({ id: m.id, surname: m.surname, label: `${m.name} ${m.surname}, ${roleLabels[m.role]}, ${office}` });
    for (const s of config.staff) people.push({ id: s.id, surname: s.surname, label: `${s.name} ${s.surname}, ${staffRoleLabels[s.role]}, ${office}` });
  }
  return people;
}

function normalise(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Who `--as` names: a surname ("rossi", "De Luca"), "name surname", or the id in the office file. */
export function findPeople(people: readonly ConsolePerson[], wanted: string): ConsolePerson[] {
  const key = normalise(wanted);
  if (!key) return [];
  const byId = people.filter((p) => p.id === wanted.trim());
  if (byId.length > 0) return byId;
  const bySurname = people.filter((p) => normalise(p.surname) === key);
  if (bySurname.length > 0) return bySurname;
  // "mario rossi", "rossi mario": the label begins with the full name.
  return people.filter((p) => {
    const fullName = normalise(p.label.split(',')[0] ?? '');
    const words = key.split(' ');
    return words.length > 1 && words.every((w) => fullName.split(' ').includes(w));
  });
}
