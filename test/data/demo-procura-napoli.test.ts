import { describe, expect, it } from 'vitest';
import { exemptionBand } from '../../src/domain/exemption-bands.ts';
import type { OfficeConfig } from '../../src/domain/office-config.ts';
import { directiveRoles } from '../../src/domain/role.ts';
import { serviceKinds } from '../../src/domain/service.ts';
import { countBy, parsedDemo } from './demo-files.ts';

/** The demo Procura della Repubblica di Napoli (data/demo/procura-napoli.json): realistic, and shaped as the issue asks. */

const procura = parsedDemo('procura-napoli');

describe('Procura della Repubblica di Napoli', () => {
  const byRole = countBy(procura.magistrates, (m) => m.role);
  const byId = new Map(procura.magistrates.map((m) => [m.id, m]));

  it('is a Procura in Napoli with its patron saint, a large district and a head share of at least 30%', () => {
    expect(procura.office).toMatchObject({ kind: 'procura', city: 'Napoli', patronSaintDay: '09-19' });
    expect(procura.office.districtSize).toBeGreaterThan(500);
    expect(procura.office.headWorkloadPercent).toBeGreaterThanOrEqual(30);
  });

  it('has about 24 magistrates: one procuratore, two aggiunti, the rest sostituti', () => {
    expect(procura.magistrates).toHaveLength(24);
    expect(byRole).toEqual({ procuratore: 1, procuratore_aggiunto: 2, sostituto: 21 });
  });

  it('has 3–4 working groups, each aggiunto coordinating groups he or she belongs to, every sostituto in one group', () => {
    expect(procura.groups.length).toBeGreaterThanOrEqual(3);
    expect(procura.groups.length).toBeLessThanOrEqual(4);
    const coordinators = new Set(procura.groups.map((g) => g.coordinatorId));
    for (const aggiunto of procura.magistrates.filter((m) => m.role === 'procuratore_aggiunto')) {
      expect(coordinators.has(aggiunto.id), aggiunto.id).toBe(true);
    }
    for (const group of procura.groups.filter((g) => g.coordinatorId)) {
      const coordinator = byId.get(group.coordinatorId!);
      expect(coordinator?.role, group.id).toBe('procuratore_aggiunto');
      expect(coordinator?.groups, group.id).toContain(group.id);
    }
    for (const sostituto of procura.magistrates.filter((m) => m.role === 'sostituto')) {
      expect(sostituto.groups, sostituto.id).toHaveLength(1);
    }
    for (const group of procura.groups) {
      const members = procura.magistrates.filter((m) => m.role === 'sostituto' && m.groups.includes(group.id));
      expect(members.length, group.id).toBeGreaterThanOrEqual(4);
    }
  });

  it('has exemptions of at least three titles, within their bands, none elective for a directive role', () => {
    const exemptions = procura.magistrates.flatMap((m) => m.exemptions.map((e) => ({ m, e })));
    expect(new Set(exemptions.map(({ e }) => e.title)).size).toBeGreaterThanOrEqual(3);
    expect(exemptions.map(({ e }) => [e.title, e.percentage]).sort()).toEqual([
      ['consiglio_giudiziario', 45], ['magrif', 10], ['referente_formazione', 20], ['sto', 40],
    ]);
    for (const { m, e } of exemptions) {
      const band = exemptionBand(e.title, procura.office.districtSize, m.role);
      expect(e.percentage, m.id).toBeGreaterThanOrEqual(band.min);
      expect(e.percentage, m.id).toBeLessThanOrEqual(band.max);
      expect(e.note, m.id).toBeTruthy();
      if (e.title === 'consiglio_giudiziario') expect(directiveRoles.has(m.role)).toBe(false);
    }
  });

  it('has a newcomer from late 2026, a part-timer and a departure in 2027', () => {
    const newcomers = procura.magistrates.filter((m) => m.serviceStart !== undefined && m.serviceStart >= '2026-09-01' && m.serviceStart <= '2026-12-31');
    expect(newcomers.map((m) => m.id)).toEqual(['mariani-claudia']);
    expect(procura.magistrates.filter((m) => m.workPercent < 100).map((m) => [m.id, m.workPercent])).toEqual([['costa-elena', 75]]);
    expect(procura.magistrates.filter((m) => m.serviceEnd?.startsWith('2027')).map((m) => m.id)).toEqual(['rinaldi-carlo']);
  });

  it('has a service of every kind, with the blocks and coverage an office would write', () => {
    expect(new Set(procura.services.map((s) => s.kind))).toEqual(new Set(serviceKinds));
    const service = (id: string) => procura.services.find((s) => s.id === id)!;
    const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'holiday'] as const;
    const coverage = (id: string) => weekdays.map((d) => service(id).coverage[d]);

    expect(service('reperibilita')).toMatchObject({ kind: 'reperibilita', block: { type: 'week' } });
    expect(new Set(coverage('reperibilita'))).toEqual(new Set([1]));
    expect(service('arrestati')).toMatchObject({ kind: 'arrestati', block: { type: 'day' } });
    expect(coverage('arrestati')).toEqual([1, 1, 1, 1, 1, 1, 1, 1]);
    expect(service('turno-festivo')).toMatchObject({ block: { type: 'weekend' }, coverage: { saturday: 1, sunday: 1 } });
    expect(coverage('udienze-monocratiche')).toEqual([0, 3, 0, 3, 0, 0, 0, 0]);
    expect(coverage('udienze-collegiali')).toEqual([0, 0, 1, 0, 0, 0, 0, 0]);
    expect(service('assegnazione').kind).toBe('assegnazione');
    expect(coverage('assegnazione')).toEqual([2, 2, 2, 2, 2, 0, 0, 0]);
    for (const s of procura.services) {
      expect(s.loadWeight.holiday, s.id).toBeGreaterThanOrEqual(s.loadWeight.weekday);
    }
  });

  it('keeps the procuratore out of every turn and lets the aggiunti do only some', () => {
    const head = procura.magistrates.find((m) => m.role === 'procuratore')!;
    const isEligible = (s: OfficeConfig['services'][number], id: string) => {
      const m = byId.get(id)!;
      if (s.eligibility.exclude.includes(id)) return false;
      return s.eligibility.roles.includes(m.role) || s.eligibility.magistrates.includes(id) || m.groups.some((g) => s.eligibility.groups.includes(g));
    };
    for (const s of procura.services) expect(isEligible(s, head.id), s.id).toBe(false);
    for (const aggiunto of procura.magistrates.filter((m) => m.role === 'procuratore_aggiunto')) {
      const services = procura.services.filter((s) => isEligible(s, aggiunto.id)).map((s) => s.id);
      expect(services, aggiunto.id).toEqual(['udienze-collegiali']);
    }
    const codiceRosso = procura.services.find((s) => s.id === 'codice-rosso')!;
    const eligible = procura.magistrates.filter((m) => isEligible(codiceRosso, m.id));
    expect(eligible.every((m) => m.role === 'sostituto' && m.groups.includes('fasce-deboli'))).toBe(true);
    expect(eligible).toHaveLength(6);
  });

  it('has exclusion, dependency, limit and min_gap rules, each explained in Italian', () => {
    expect(new Set(procura.rules.map((r) => r.type))).toEqual(new Set(['exclusion', 'dependency', 'limit', 'min_gap']));
    expect(procura.rules).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'exclusion', services: ['arrestati', 'udienze-monocratiche'], mode: 'same_day', level: 'hard' }),
      expect.objectContaining({ type: 'exclusion', services: ['reperibilita', 'reperibilita'], mode: 'within_days', days: 21 }),
      expect.objectContaining({ type: 'exclusion', services: ['arrestati', 'arrestati'], mode: 'consecutive_days' }),
      expect.objectContaining({ type: 'dependency', service: 'turno-festivo', then: 'reperibilita', offsetDays: 0 }),
      expect.objectContaining({ type: 'limit', service: 'arrestati', per: 'month', softMax: 2, hardMax: 3 }),
      expect.objectContaining({ type: 'min_gap', service: 'arrestati', level: 'soft' }),
    ]));
    expect(procura.rules.some((r) => r.level === 'soft')).toBe(true);
    for (const rule of procura.rules) expect(rule.note, rule.id).toMatch(/^[A-Z].{20,}\.$/);
  });

  it('has the generic August period with reduced coverage and a specific election weekend in 2027', () => {
    const feriale = procura.periods.find((p) => p.kind === 'generic')!;
    expect(feriale).toMatchObject({ name: 'Periodo feriale', from: '08-01', to: '08-31' });
    const service = (id: string) => procura.services.find((s) => s.id === id)!;
    for (const o of feriale.overrides) {
      for (const [day, n] of Object.entries(o.coverage)) {
        expect(n, `${o.service}.${day}`).toBeLessThan(service(o.service).coverage[day as 'monday']!);
      }
    }
    expect(feriale.overrides.map((o) => o.service).sort()).toEqual(['assegnazione', 'udienze-monocratiche']);
    const elezioni = procura.periods.find((p) => p.kind === 'specific')!;
    expect(elezioni.from.startsWith('2027')).toBe(true);
    expect(elezioni.overrides).toEqual([{ service: 'arrestati', coverage: { saturday: 2, sunday: 2, monday: 2, holiday: 2 } }]);
  });

  it('has a few absences: Christmas leave, training in January 2027, sickness', () => {
    const types = procura.absences.map((a) => a.type);
    expect(types).toEqual(expect.arrayContaining(['ferie', 'formazione', 'malattia']));
    expect(procura.absences.some((a) => a.type === 'ferie' && a.from <= '2026-12-25' && a.to >= '2026-12-25')).toBe(true);
    expect(procura.absences.some((a) => a.type === 'formazione' && a.from.startsWith('2027-01'))).toBe(true);
    for (const a of procura.absences) {
      expect(a.declaredBy, a.id).toMatch(/^(slack:U[A-Z0-9]+|teams:[0-9a-f-]{36}|cli:[a-z.]+)$/);
      expect(a.declaredAt < `${a.from}T23:59:59Z`, a.id).toBe(true);
    }
  });
});
