import { parseOfficeConfig } from '../../src/domain/parse-office-config.ts';
import type { OfficeConfig } from '../../src/domain/office-config.ts';

const week = (n: number) => ({ monday: n, tuesday: n, wednesday: n, thursday: n, friday: n, saturday: n, sunday: n });
const workdays = (n: number) => ({ ...week(n), saturday: 0, sunday: 0 });

/**
 * A generated Procura of `size` magistrates with 12 services (weekly on-call, daily arrestati, weekend
 * turns, hearings on working days, intake turns), four groups, a few exemptions and the usual rules.
 * Deterministic: the same size gives the same office.
 */
export function generateOffice(size: number): OfficeConfig {
  const scale = Math.max(1, Math.round(size / 25));
  const groups = ['pa', 'economia', 'fasce-deboli', 'comune'];
  const magistrates = Array.from({ length: size }, (_, i) => ({
    id: `m${String(i).padStart(3, '0')}`, surname: `Cognome${i}`, name: `Nome${i}`,
    role: i === 0 ? 'procuratore' : i <= scale * 2 ? 'procuratore_aggiunto' : 'sostituto',
    groups: i === 0 ? [] : [groups[i % groups.length]!],
    exemptions: i % 11 === 5 ? [{ title: 'referente_formazione', percentage: 20, from: '2026-01-01' }] : i % 17 === 3 ? [{ title: 'sto', percentage: 40, from: '2026-01-01' }] : [],
    workPercent: i % 23 === 7 ? 50 : 100,
  }));
  const sostituti = { roles: ['sostituto'] };
  const services = [
    { id: 'reperibilita', name: 'Reperibilità', kind: 'reperibilita', block: { type: 'week' }, coverage: week(scale), eligibility: sostituti },
    { id: 'arrestati', name: 'Arrestati', kind: 'arrestati', coverage: week(scale), eligibility: sostituti },
    { id: 'direttissime', name: 'Direttissime', kind: 'arrestati', coverage: workdays(scale), eligibility: sostituti },
    { id: 'festivo', name: 'Turno festivo', kind: 'altro', block: { type: 'weekend' }, coverage: { ...week(0), saturday: scale, sunday: scale }, eligibility: sostituti },
    { id: 'udienze-mono', name: 'Udienze monocratiche', kind: 'udienza', coverage: workdays(2 * scale), eligibility: sostituti },
    { id: 'udienze-coll', name: 'Udienze collegiali', kind: 'udienza', coverage: { ...workdays(0), wednesday: scale }, eligibility: { roles: ['sostituto', 'procuratore_aggiunto'] } },
    { id: 'gip', name: 'Udienze GIP', kind: 'udienza', coverage: { ...workdays(0), tuesday: scale, thursday: scale }, eligibility: sostituti },
    { id: 'assegnazione', name: 'Assegnazione affari', kind: 'assegnazione', coverage: workdays(scale), eligibility: sostituti },
    ...groups.map((g) => ({ id: `turno-${g}`, name: `Turno ${g}`, kind: 'assegnazione', coverage: { ...workdays(0), monday: 1, thursday: 1 }, eligibility: { groups: [g], roles: [] } })),
  ];
  const rules = [
    { id: 'arrestati-udienza', type: 'exclusion', services: ['arrestati', 'udienze-mono'], mode: 'same_day' },
    { id: 'reperibilita-distanti', type: 'exclusion', services: ['reperibilita', 'reperibilita'], mode: 'within_days', days: 14, level: 'soft', weight: 20 },
    { id: 'arrestati-consecutivi', type: 'exclusion', services: ['arrestati', 'arrestati'], mode: 'consecutive_days' },
    { id: 'max-arrestati', type: 'limit', service: 'arrestati', per: 'month', softMax: 3, hardMax: 5, weight: 10 },
    { id: 'gap-udienze', type: 'min_gap', service: 'udienze-mono', days: 2, level: 'soft', weight: 2 },
  ];
  const result = parseOfficeConfig({
    office: { id: `gen-${size}`, name: `Procura generata (${size})`, kind: 'procura', city: 'Napoli', patronSaintDay: '09-19', districtSize: 700 },
    groups: groups.map((id) => ({ id, name: id })), magistrates, services, rules,
    periods: [{ id: 'feriale', name: 'Periodo feriale', kind: 'generic', from: '08-01', to: '08-31', overrides: [{ service: 'udienze-mono', coverage: workdays(scale) }] }],
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
}
