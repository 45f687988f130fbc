import { describe, expect, it } from 'vitest';
import { isoWeekday } from '../../src/domain/civil-day.ts';
import { countBy, parsedDemo } from './demo-files.ts';

/** The demo Tribunale di Napoli (data/demo/tribunale-napoli.json) and its GIADA settings: realistic, and shaped as the issue asks. */

const tribunale = parsedDemo('tribunale-napoli');
const giada = tribunale.giada!;

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
