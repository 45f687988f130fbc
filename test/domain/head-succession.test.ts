import { describe, expect, it } from 'vitest';
import { parseOfficeConfig } from '../../src/domain/parse-office-config.ts';

function errorsWith(heads: { serviceStart?: string; serviceEnd?: string }[], deputyHeadId?: string): string[] {
  const result = parseOfficeConfig({
    office: { id: 'procura-test', name: 'Procura di Test', kind: 'procura', city: 'Napoli', patronSaintDay: '09-19', districtSize: 600, ...(deputyHeadId ? { deputyHeadId } : {}) },
    magistrates: [
      ...heads.map((h, i) => ({ id: `capo-${i}`, surname: `Capo${i}`, name: 'Anna', role: 'procuratore', ...h })),
      { id: 'neri-luca', surname: 'Neri', name: 'Luca', role: 'procuratore_aggiunto' },
    ],
  });
  return result.ok ? [] : result.errors;
}

describe('office configuration: succession of heads and the vicario', () => {
  it('accepts a successor whose service starts after the old head\'s last day', () => {
    expect(errorsWith([{ serviceEnd: '2026-12-10' }, { serviceStart: '2026-12-11' }])).toEqual([]);
  });

  it('refuses two heads in service on the same day, naming how to list a successor', () => {
    const errors = errorsWith([{ serviceEnd: '2026-12-10' }, { serviceStart: '2026-12-10' }]);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('un solo capo dell\'ufficio alla volta');
  });

  it('accepts a vicario among the magistrates and refuses an unknown one', () => {
    expect(errorsWith([{}], 'neri-luca')).toEqual([]);
    const errors = errorsWith([{}], 'nessuno');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^office\.deputyHeadId: /);
  });
});
