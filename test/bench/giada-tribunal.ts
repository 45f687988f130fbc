/**
 * The generated large tribunal of the GIADA benchmark (60 judges, 12 panels) and its year of 30,000
 * requests with a realistic mix, deterministic (fixed PRNG seed) so every run sees the same data.
 */
import { addDays, isoWeekday } from '../../src/domain/civil-day.ts';
import { giadaSetupSchema, type GiadaSetup, type HearingRequest, type RequestType } from '../../src/domain/giada.ts';

export const REQUESTS = 30_000;
export const JUDGES = 60;
export const PANELS = 12;
export const YEAR = 2027;

/** A small deterministic PRNG (mulberry32), so every run generates the same tribunal and requests. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function buildTribunal(): GiadaSetup {
  const sections = ['s1', 's2', 's3', 's4'];
  const judges = Array.from({ length: JUDGES }, (_, i) => {
    const id = `g${String(i + 1).padStart(2, '0')}`;
    const capacity = i % 10 === 0 ? 50 : i % 15 === 7 ? 80 : 100;
    return { magistrateId: id, sections: [{ sectionId: sections[i % 4]!, percent: 100 }], monocraticCapacity: capacity, collegialCapacity: i < 39 ? 100 : 0 };
  });
  // 12 panels of three over 36 judges, each on one panel: c01–c03 take g01–g03 in place of g06, g09 and
  // g12, who have collegial capacity but sit on no panel (so no member's capacity is split between panels).
  const panels = Array.from({ length: PANELS }, (_, p) => ({
    id: `c${String(p + 1).padStart(2, '0')}`, name: `Collegio ${p + 1}`, sectionId: sections[p % 4]!,
    memberIds: p < 3 ? [judges[3 * p + 3]!.magistrateId, judges[3 * p + 4]!.magistrateId, judges[p]!.magistrateId] : [3 * p, 3 * p + 1, 3 * p + 2].map((k) => judges[k + 3]!.magistrateId),
  }));
  const pattern = { from: `${YEAR}-01-01`, to: `${YEAR + 1}-12-31` };
  return giadaSetupSchema.parse({
    officeId: 'tribunale-grande', officeName: 'Tribunale generato', city: 'Napoli', patronSaintDay: '09-19',
    magistrates: judges.map((j) => ({ id: j.magistrateId, name: 'Giudice', surname: j.magistrateId })),
    absences: judges.slice(0, 20).map((j, i) => ({ magistrateId: j.magistrateId, type: 'ferie', from: addDays(`${YEAR}-02-01`, i * 13), to: addDays(`${YEAR}-02-01`, i * 13 + 9) })),
    giada: {
      sections: sections.map((id) => ({ id, name: `Sezione ${id}` })),
      subjectMatters: [
        { id: 'patrimonio', name: 'Patrimonio' }, { id: 'persona', name: 'Persona' }, { id: 'stupefacenti', name: 'Stupefacenti' },
        { id: 'stradale', name: 'Circolazione stradale' }, { id: 'pa', name: 'Pubblica amministrazione', specialised: true, sectionIds: ['s4'] },
      ],
      judges, panels,
      collegialOffences: ['416 c.p.', '416-bis', '74 d.P.R. 309/1990', '609-bis c.p.'],
      weightScoring: { perFreeDefendant: 1, perDetainedDefendant: 2, perCharge: 1, listedOffences: [{ codePrefix: '416-bis', label: 'associazione mafiosa', points: 6 }, { codePrefix: '416 c.p.', label: 'associazione per delinquere', points: 4 }] },
      weightClasses: [{ id: 'I', name: 'I classe', min: 0, max: 2 }, { id: 'II', name: 'II classe', min: 3, max: 6 }, { id: 'III', name: 'III classe', min: 7, max: 12 }, { id: 'IV', name: 'IV classe', min: 13 }],
      fixingWindows: [
        { requestType: 'citazione_diretta', minDays: 120, maxDays: 360 }, { requestType: 'citazione_diretta', urgent: true, minDays: 70, maxDays: 120 },
        { requestType: 'rinvio_a_giudizio', detained: false, minDays: 90, maxDays: 300 }, { requestType: 'rinvio_a_giudizio', detained: true, minDays: 30, maxDays: 90 },
        { requestType: 'rinvio_a_giudizio', urgent: true, minDays: 25, maxDays: 60 },
        { requestType: 'giudizio_immediato', minDays: 60, maxDays: 240 }, { requestType: 'giudizio_immediato', urgent: true, minDays: 35, maxDays: 60 },
        { requestType: 'opposizione_decreto_penale', minDays: 120, maxDays: 360 }, { requestType: 'opposizione_decreto_penale', urgent: true, minDays: 70, maxDays: 150 },
      ],
      statutoryTerms: [
        { requestType: 'citazione_diretta', minDays: 60, source: 'art. 552 c. 3 c.p.p.' }, { requestType: 'rinvio_a_giudizio', minDays: 20, source: 'art. 429 c. 3 c.p.p.' },
        { requestType: 'giudizio_immediato', minDays: 30, source: 'art. 456 c. 3 c.p.p.' }, { requestType: 'opposizione_decreto_penale', minDays: 60, source: 'art. 464 c.p.p.' },
      ],
      hearingPatterns: [
        ...judges.map((j, i) => ({ judgeId: j.magistrateId, weekdays: [1 + (i % 5), 1 + ((i + 2) % 5)], ...pattern, caps: { capacity: 10, directSummonsCap: 6, urgentExtra: 2 } })),
        ...panels.map((p, i) => ({ panelId: p.id, weekdays: [1 + (i % 5)], ...pattern, caps: { capacity: 6, directSummonsCap: 0, urgentExtra: 1 } })),
      ],
    },
  });
}

export function buildRequests(seed = 42): HearingRequest[] {
  const rnd = prng(seed);
  const days: string[] = [];
  for (let d = `${YEAR}-01-04`; d <= `${YEAR}-12-23`; d = addDays(d, 1)) if (isoWeekday(d) <= 5 && d.slice(5, 7) !== '08') days.push(d);
  const matters = ['patrimonio', 'patrimonio', 'persona', 'stupefacenti', 'stradale', 'pa'];
  const ordinary = ['624 c.p.', '640 c.p.', '582 c.p.', '73 d.P.R. 309/1990', '186 C.d.S.', '314 c.p.', '612-bis c.p.'];
  return Array.from({ length: REQUESTS }, (_, i): HearingRequest => {
    const r = rnd();
    const type: RequestType = r < 0.55 ? 'citazione_diretta' : r < 0.8 ? 'rinvio_a_giudizio' : r < 0.9 ? 'giudizio_immediato' : 'opposizione_decreto_penale';
    const defendants = Array.from({ length: 1 + Math.floor(rnd() ** 3 * 5) }, () => ({ detained: type !== 'citazione_diretta' && rnd() < 0.12 }));
    const charges = Array.from({ length: 1 + Math.floor(rnd() ** 2 * 4) }, () => ({ code: ordinary[Math.floor(rnd() * ordinary.length)]! }));
    if (type === 'rinvio_a_giudizio' && rnd() < 0.2) charges.push({ code: rnd() < 0.4 ? '416-bis c.p.' : '416 c.p.' });
    return {
      id: `R${i + 1}`, type, requestedOn: days[Math.floor((i * days.length) / REQUESTS)]!, defendants, charges,
      subjectMatter: matters[Math.floor(rnd() * matters.length)]!, urgent: rnd() < 0.05,
      requestedBy: { profile: type === 'citazione_diretta' ? 'pm' : 'gip', userId: 'bench' },
    };
  });
}
