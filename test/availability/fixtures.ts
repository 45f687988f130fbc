import { absenceSchema, type Absence, type AbsenceType } from '../../src/domain/absence.ts';
import type { Exemption } from '../../src/domain/exemption.ts';
import { magistrateSchema, type Magistrate } from '../../src/domain/magistrate.ts';
import type { Role } from '../../src/domain/role.ts';

/** Test builders through the real schemas: no casts. */

export function magistrate(overrides: Partial<Omit<Magistrate, 'exemptions'>> & { exemptions?: Exemption[]; role?: Role } = {}): Magistrate {
  return magistrateSchema.parse({ id: 'rossi', surname: 'Rossi', name: 'Mario', role: 'sostituto', ...overrides });
}

let counter = 0;

export function absence(
  type: AbsenceType,
  from: string,
  to: string,
  overrides: Partial<Absence> = {},
): Absence {
  counter += 1;
  return absenceSchema.parse({
    id: `a${counter}`,
    magistrateId: 'rossi',
    type,
    from,
    to,
    declaredBy: 'rossi',
    declaredAt: '2026-11-23T09:30:00.000Z',
    ...overrides,
  });
}
