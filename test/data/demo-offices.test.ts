import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isoWeekday } from '../../src/domain/civil-day.ts';
import { exemptionBand } from '../../src/domain/exemption-bands.ts';
import type { OfficeConfig } from '../../src/domain/office-config.ts';
import { parseOfficeConfig, parseOfficeConfigText } from '../../src/domain/parse-office-config.ts';
import { directiveRoles } from '../../src/domain/role.ts';
import { serviceKinds } from '../../src/domain/service.ts';

/** The two demo offices shipped in data/demo: valid, realistic, and shaped as the issue asks. */

function demoText(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../../data/demo/${name}.json`, import.meta.url)), 'utf8');
}

function parsedDemo(name: string): OfficeConfig {
  const result = parseOfficeConfigText(demoText(name));
  if (!result.ok) throw new Error(`${name}.json non è valido:\n${result.errors.join('\n')}`);
  return result.value;
}

/** A fresh, mutable copy of the raw file, to break one thing at a time. */
function rawDemo(name: string): Record<string, any> {
  return JSON.parse(demoText(name)) as Record<string, any>;
}

function errorsOf(config: unknown): string[] {
  const result = parseOfficeConfig(config);
  return result.ok ? [] : result.errors;
}

const procura = parsedDemo('procura-napoli');
const tribunale = parsedDemo('tribunale-napoli');
const giada = tribunale.giada!;

const countBy = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((acc, item) => ({ ...acc, [key(item)]: (acc[key(item)] ?? 0) + 1 }), {});

describe('both demo files', () => {
  it.each(['procura-napoli', 'tribunale-napoli'])('%s.json passes the validator', (name) => {
    expect(parseOfficeConfigText(demoText(name))).toMatchObject({ ok: true });
  });

  it('gives every magistrate a Slack id, a Teams GUID and an institutional email, all unique across both offices', () => {
    const all = [...procura.magistrates, ...tribunale.magistrates];
    for (const m of all) {
      expect(m.chat.slackUserId, m.id).toMatch(/^U[A-Z0-9]{8,10}$/);
      expect(m.chat.teamsAadObjectId, m.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(m.chat.email, m.id).toMatch(/^[a-z]+\.[a-z]+@giustizia\.it$/);
      expect(m.id, m.id).toMatch(/^[a-z]+(-[a-z]+)+$/);
    }
    for (const field of ['slackUserId', 'teamsAadObjectId', 'email'] as const) {
      expect(new Set(all.map((m) => m.chat[field])).size, field).toBe(all.length);
    }
  });

  it('uses distinct surnames, except one deliberate pair with different first names', () => {
    for (const office of [procura, tribunale]) {
      const duplicates = Object.entries(countBy(office.magistrates, (m) => m.surname)).filter(([, n]) => n > 1);
      expect(duplicates.length).toBeLessThanOrEqual(1);
      for (const [surname] of duplicates) {
        const names = office.magistrates.filter((m) => m.surname === surname).map((m) => m.name);
        expect(new Set(names).size).toBe(names.length);
      }
    }
    expect(procura.magistrates.filter((m) => m.surname === 'Esposito').map((m) => m.name)).toEqual(['Giulia', 'Marco']);
  });
});

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

describe('Tribunale di Napoli (GIADA)', () => {
  const judgeIds = new Set(giada.judges.map((j) => j.magistrateId));
  const byId = new Map(tribunale.magistrates.map((m) => [m.id, m]));
  const judgeCaps = { capacity: 10, directSummonsCap: 6, urgentExtra: 2 };
  const panelCaps = { capacity: 6, directSummonsCap: 0, urgentExtra: 1 };

  it('has 15–20 GIADA judges, the section presidents among them, the president of the Tribunale not', () => {
    expect(tribunale.office).toMatchObject({ kind: 'tribunale', city: 'Napoli', patronSaintDay: '09-19' });
    expect(giada.judges.length).toBeGreaterThanOrEqual(15);
    expect(giada.judges.length).toBeLessThanOrEqual(20);
    for (const j of giada.judges) expect(['giudice', 'presidente_sezione'], j.magistrateId).toContain(byId.get(j.magistrateId)?.role);
    const president = tribunale.magistrates.filter((m) => m.role === 'presidente_tribunale');
    expect(president).toHaveLength(1);
    expect(judgeIds.has(president[0]!.id)).toBe(false);
    expect(tribunale.magistrates.filter((m) => m.role === 'presidente_sezione').every((m) => judgeIds.has(m.id))).toBe(true);
  });

  it('splits every judge over sections summing to 100%, with some judges at 50% monocratic capacity', () => {
    for (const j of giada.judges) expect(j.sections.reduce((sum, s) => sum + s.percent, 0), j.magistrateId).toBe(100);
    expect(giada.judges.some((j) => j.sections.length > 1)).toBe(true);
    expect(giada.judges.filter((j) => j.monocraticCapacity === 50).length).toBeGreaterThanOrEqual(2);
  });

  it('has 3–4 panels of three, some judges sitting on two, which shapes the panel capacity', () => {
    expect(giada.panels.length).toBeGreaterThanOrEqual(3);
    expect(giada.panels.length).toBeLessThanOrEqual(4);
    for (const p of giada.panels) expect(p.memberIds, p.id).toHaveLength(3);
    const seats = countBy(giada.panels.flatMap((p) => p.memberIds), (id) => id);
    expect(Object.values(seats).some((n) => n === 2)).toBe(true);
    // Seed: a panel's capacity is the sum of each member's collegial capacity divided by the member's panels.
    const capacity = (panelId: string) => giada.panels.find((p) => p.id === panelId)!.memberIds
      .reduce((sum, id) => sum + giada.judges.find((j) => j.magistrateId === id)!.collegialCapacity / seats[id]!, 0);
    expect(Object.fromEntries(giada.panels.map((p) => [p.id, capacity(p.id)]))).toEqual({
      'collegio-1a': 250, 'collegio-1b': 200, 'collegio-2a': 300, 'collegio-7a': 250,
    });
  });

  it('specialises public-administration offences to their section and spreads the others over all', () => {
    const pa = giada.subjectMatters.find((s) => s.id === 'pubblica-amministrazione')!;
    expect(pa).toMatchObject({ specialised: true, sectionIds: ['sez-7'] });
    for (const s of giada.subjectMatters) expect(s.specialised, s.id).toBe(s.sectionIds.length > 0);
    expect(giada.subjectMatters.filter((s) => !s.specialised).length).toBeGreaterThan(giada.subjectMatters.length / 2);
  });

  it('scores weight as in the seed and classes it without gaps', () => {
    expect(giada.weightScoring).toMatchObject({ perFreeDefendant: 1, perDetainedDefendant: 2, perCharge: 1 });
    expect(giada.weightScoring.listedOffences.map((o) => o.codePrefix)).toEqual(expect.arrayContaining(['416 c.p.', '416-bis c.p.', '74 d.P.R. 309/1990']));
    expect(giada.weightClasses.map((c) => [c.id, c.min, c.max])).toEqual([['I', 0, 2], ['II', 3, 6], ['III', 7, 12], ['IV', 13, undefined]]);
    expect(giada.collegialOffences).toEqual(expect.arrayContaining(['416-bis', '74 d.P.R. 309/1990']));
  });

  it('has a non-urgent and an urgent window per request type, never shorter than the statutory term', () => {
    for (const type of ['citazione_diretta', 'rinvio_a_giudizio', 'giudizio_immediato', 'opposizione_decreto_penale'] as const) {
      const windows = giada.fixingWindows.filter((w) => w.requestType === type);
      const normal = windows.filter((w) => !w.urgent && w.detained !== true);
      const urgent = windows.filter((w) => w.urgent);
      expect(normal, type).toHaveLength(1);
      expect(urgent, type).toHaveLength(1);
      expect(urgent[0]!.maxDays, type).toBeLessThan(normal[0]!.maxDays);
      const term = giada.statutoryTerms.find((t) => t.requestType === type)!;
      expect(term.source, type).toMatch(/^art\. \d+ c\. \d+ c\.p\.p\./);
      for (const w of windows) expect(w.minDays, type).toBeGreaterThanOrEqual(term.minDays);
    }
    expect(giada.fixingWindows).toContainEqual({ requestType: 'citazione_diretta', urgent: false, minDays: 120, maxDays: 360 });
    expect(giada.statutoryTerms.map((t) => [t.requestType, t.minDays, t.source.split(',')[0]])).toEqual([
      ['citazione_diretta', 60, 'art. 552 c. 3 c.p.p.'],
      ['rinvio_a_giudizio', 20, 'art. 429 c. 3 c.p.p.'],
      ['giudizio_immediato', 30, 'art. 456 c. 3 c.p.p.'],
      ['opposizione_decreto_penale', 60, 'art. 464 c. 1 c.p.p.'],
    ]);
  });

  it('gives every judge and panel weekly hearings over 2026–2029 with the seed caps, half the days at 50%', () => {
    for (const j of giada.judges) {
      const patterns = giada.hearingPatterns.filter((h) => h.judgeId === j.magistrateId);
      expect(patterns, j.magistrateId).toHaveLength(1);
      expect(patterns[0], j.magistrateId).toMatchObject({ from: '2026-01-01', to: '2029-12-31', caps: judgeCaps });
      expect(patterns[0]!.weekdays.length, j.magistrateId).toBe(j.monocraticCapacity === 50 ? 1 : 2);
    }
    for (const p of giada.panels) {
      const patterns = giada.hearingPatterns.filter((h) => h.panelId === p.id);
      expect(patterns, p.id).toHaveLength(1);
      expect(patterns[0], p.id).toMatchObject({ from: '2026-01-01', to: '2029-12-31', caps: panelCaps });
    }
    expect(giada.hearingPatterns).toHaveLength(giada.judges.length + giada.panels.length);
  });

  it('never books a judge or a courtroom twice on one weekday, and excludes only real hearing days', () => {
    const sittings = new Map<string, string>();
    const rooms = new Map<string, string>();
    for (const h of giada.hearingPatterns) {
      const owner = h.judgeId ?? h.panelId!;
      const people = h.judgeId ? [h.judgeId] : giada.panels.find((p) => p.id === h.panelId)!.memberIds;
      for (const wd of h.weekdays) {
        for (const person of people) {
          expect(sittings.get(`${person}|${wd}`), `${person} il giorno ${wd}`).toBeUndefined();
          sittings.set(`${person}|${wd}`, owner);
        }
        expect(rooms.get(`${h.courtroomId}|${wd}`), `${h.courtroomId} il giorno ${wd}`).toBeUndefined();
        rooms.set(`${h.courtroomId}|${wd}`, owner);
      }
      for (const day of h.excludedDates) expect(h.weekdays, `${owner} ${day}`).toContain(isoWeekday(day));
    }
    expect(giada.hearingPatterns.some((h) => h.excludedDates.length > 0)).toBe(true);

    expect(giada.singleHearings.length).toBeGreaterThanOrEqual(1);
    for (const s of giada.singleHearings) {
      const wd = isoWeekday(s.date);
      const people = s.judgeId ? [s.judgeId] : giada.panels.find((p) => p.id === s.panelId)!.memberIds;
      for (const person of people) {
        const owner = sittings.get(`${person}|${wd}`);
        const pattern = giada.hearingPatterns.find((h) => (h.judgeId ?? h.panelId) === owner);
        expect(owner === undefined || pattern!.excludedDates.includes(s.date), `${person} il ${s.date}`).toBe(true);
      }
      const roomOwner = rooms.get(`${s.courtroomId}|${wd}`);
      expect(roomOwner, `${s.courtroomId} il ${s.date}`).toBeUndefined();
      expect(s.caps).toEqual(s.judgeId ? judgeCaps : panelCaps);
    }
  });
});

describe('broken copies of the demo files', () => {
  it('reports a shape error with the path, the expected value and what was found', () => {
    const config = rawDemo('procura-napoli');
    const arrestati = config.services.findIndex((s: { id: string }) => s.id === 'arrestati');
    config.services[arrestati].coverage.saturday = 'due';
    const rossi = config.magistrates.findIndex((m: { id: string }) => m.id === 'rossi-mario');
    config.magistrates[rossi].chat.slackUserId = 'rossi';
    expect(errorsOf(config)).toEqual([
      `magistrates[${rossi}].chat.slackUserId: atteso un identificativo utente Slack (es. U04ABCDEF), trovato "rossi"`,
      `services[${arrestati}].coverage.saturday: atteso un numero intero ≥ 0, trovato "due"`,
    ]);
  });

  it('reports an unknown group and exemptions outside their bands, naming each path', () => {
    const config = rawDemo('procura-napoli');
    const index = (id: string) => config.magistrates.findIndex((m: { id: string }) => m.id === id);
    config.magistrates[index('santoro-giuseppe')].groups = ['dda'];
    config.magistrates[index('marino-alessandro')].exemptions[0].percentage = 30;
    config.magistrates[index('de-luca-anna')].exemptions = [{ title: 'consiglio_giudiziario', percentage: 40, from: '2026-01-01' }];
    expect(errorsOf(config)).toEqual([
      `magistrates[${index('de-luca-anna')}].exemptions[0].percentage: atteso 0 (chi ricopre incarichi direttivi o semidirettivi non può usufruire dell'esonero come componente eletto), trovato 40`,
      `magistrates[${index('marino-alessandro')}].exemptions[0].percentage: atteso esattamente 40% (misura fissa e non rinunciabile per i componenti della STO), trovato 30`,
      `magistrates[${index('santoro-giuseppe')}].groups[0]: atteso l'identificativo di un gruppo di lavoro esistente (per esempio "pa", "economia", "fasce-deboli", "criminalita-comune"), trovato "dda"`,
    ]);
  });

  it('reports a panel member who is not a judge and a hearing whose direct summons exceed its capacity', () => {
    const config = rawDemo('tribunale-napoli');
    config.giada.panels[0].memberIds[2] = 'caruso-elisabetta';
    const leone = config.giada.hearingPatterns.findIndex((h: { judgeId?: string }) => h.judgeId === 'leone-marta');
    config.giada.hearingPatterns[leone].caps.directSummonsCap = 12;
    expect(errorsOf(config)).toEqual([
      'giada.panels[0].memberIds[2]: atteso l\'identificativo di un giudice esistente (per esempio "ferrari-giorgio", "leone-marta", "longo-vincenzo", "gentile-francesca", "martinelli-pietro", "vitale-rosaria", "coppola-raffaele", "serra-lucia"), trovato "caruso-elisabetta"',
      `giada.hearingPatterns[${leone}].caps.directSummonsCap: atteso un numero non superiore alla disponibilità dell'udienza (10), trovato 12`,
    ]);
  });
});
