import { parseOfficeConfig } from '../../src/domain/parse-office-config.ts';
import type { OfficeConfig } from '../../src/domain/office-config.ts';
import { buildCalendarContext, type CalendarContext } from '../../src/calendar/calendar-context.ts';
import type { Absence } from '../../src/domain/absence.ts';

const every = (n: number) => ({ monday: n, tuesday: n, wednesday: n, thursday: n, friday: n, saturday: n, sunday: n });

/** A small Procura: four sostituti, weekly on-call, daily arrestati, hearings on Tuesday and Thursday. */
export function smallOffice(extra: Partial<Record<'rules' | 'periods', unknown[]>> = {}): OfficeConfig {
  const result = parseOfficeConfig({
    office: { id: 'prova', name: 'Procura di Prova', kind: 'procura', city: 'Napoli', patronSaintDay: '09-19', districtSize: 700 },
    groups: [{ id: 'pa', name: 'Pubblica amministrazione' }],
    magistrates: [
      { id: 'verdi-anna', surname: 'Verdi', name: 'Anna', role: 'procuratore' },
      { id: 'rossi-mario', surname: 'Rossi', name: 'Mario', role: 'sostituto', groups: ['pa'] },
      { id: 'bianchi-luca', surname: 'Bianchi', name: 'Luca', role: 'sostituto' },
      { id: 'russo-sara', surname: 'Russo', name: 'Sara', role: 'sostituto', exemptions: [{ title: 'sto', percentage: 40, from: '2026-01-01' }] },
      { id: 'greco-paolo', surname: 'Greco', name: 'Paolo', role: 'sostituto' },
    ],
    services: [
      { id: 'reperibilita', name: 'Reperibilità', kind: 'reperibilita', block: { type: 'week' }, coverage: every(1), eligibility: { roles: ['sostituto'] } },
      { id: 'arrestati', name: 'Turno arrestati', kind: 'arrestati', coverage: every(1), eligibility: { roles: ['sostituto'] } },
      { id: 'udienza', name: 'Udienza monocratica', kind: 'udienza', coverage: { ...every(0), tuesday: 1, thursday: 1 }, eligibility: { roles: ['sostituto'], exclude: ['greco-paolo'] } },
      { id: 'festivo', name: 'Turno festivo', kind: 'altro', block: { type: 'weekend' }, coverage: { ...every(0), saturday: 1, sunday: 1 }, eligibility: { groups: ['pa'] } },
    ],
    rules: extra.rules ?? [],
    periods: extra.periods ?? [],
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
}

export function absence(magistrateId: string, from: string, to: string): Absence {
  return { id: `a-${magistrateId}-${from}`, magistrateId, type: 'ferie', from, to, note: '', declaredBy: 'test', declaredAt: '2026-11-01T08:00:00.000Z', status: 'active' };
}

/** December 2026: Tuesday 1 to Thursday 31, with 8, 25 and 26 December as holidays. */
export function decemberContext(config = smallOffice(), absences: Absence[] = []): CalendarContext {
  return buildCalendarContext(config, '2026-12-01', '2026-12-31', absences);
}
