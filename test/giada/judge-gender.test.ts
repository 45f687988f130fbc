import { describe, expect, it } from 'vitest';
import { listCasesOnBlockedDays } from '../../src/giada/cases-on-blocked-days.ts';
import { assign, dibattimento, makeRequest, makeSetup, openEngine } from './fixtures.ts';

type Declared = 'F' | 'M' | null;

/** How each declared gender names the judge in the explanation, the list of blocked hearings and a refusal. */
const cases: { gender: Declared; only: string; drawn: string; before: string; refused: string }[] = [
  {
    gender: 'F',
    only: "La giudice Giudice A, l'unica giudice competente per la materia «Reati comuni», aveva l'indice",
    drawn: 'la giudice Giudice A è stata estratta a sorte',
    before: 'davanti alla giudice Giudice A, ma quel giorno',
    refused: 'La giudice Giudice A non è competente per la materia «Pubblica amministrazione»',
  },
  {
    gender: 'M',
    only: "Il giudice Giudice A, l'unico giudice competente per la materia «Reati comuni», aveva l'indice",
    drawn: 'il giudice Giudice A è stato estratto a sorte',
    before: 'davanti al giudice Giudice A, ma quel giorno',
    refused: 'Il giudice Giudice A non è competente per la materia «Pubblica amministrazione»',
  },
  {
    // Not declared: the name without a gendered article or agreement.
    gender: null,
    only: "Per la materia «Reati comuni» c'è un solo giudice competente, Giudice A, che aveva l'indice",
    drawn: 'Giudice A è il nome estratto a sorte',
    before: 'davanti a Giudice A, ma quel giorno',
    refused: 'Giudice A non è competente per la materia «Pubblica amministrazione»',
  },
];

describe('a judge is named by the gender the office declared', () => {
  it.each(cases)('gender $gender: the only competent judge', async ({ gender, only }) => {
    const { engine } = await openEngine(makeSetup({ judges: [{ id: 'a', gender }] }));
    const a = await assign(engine, makeRequest());
    expect(a.explanation).toContain(only);
  });

  it.each(cases)('gender $gender: a judge drawn by lot', async ({ gender, drawn }) => {
    const { engine } = await openEngine(makeSetup({ judges: [{ id: 'a', gender }, { id: 'b', gender }], mode: 'draw' }));
    // Each request draws among the least loaded, so judge A is drawn within the first few.
    const explanations: string[] = [];
    for (let i = 0; i < 6; i++) explanations.push((await assign(engine, makeRequest())).explanation);
    expect(explanations.filter((e) => e.includes(drawn)).length).toBeGreaterThan(0);
  });

  it.each(cases)('gender $gender: a hearing the judge can no longer hold', async ({ gender, before }) => {
    const { engine } = await openEngine(makeSetup({ judges: [{ id: 'a', gender }] }));
    const a = await assign(engine, makeRequest({ id: '5/2027' }));
    const next = makeSetup({ judges: [{ id: 'a', gender }] });
    next.absences.push({ magistrateId: 'a', type: 'malattia', from: a.hearingDate!, to: a.hearingDate! });
    await engine.configure(next, 'malattia', dibattimento);
    expect(listCasesOnBlockedDays(engine.state)[1]).toContain(before);
  });

  it.each([
    ['F', 'davanti alla giudice Giudice A, ma quel giorno Giudice A è esonerata al 100%.'],
    ['M', 'davanti al giudice Giudice A, ma quel giorno Giudice A è esonerato al 100%.'],
    [null, 'davanti a Giudice A, ma quel giorno Giudice A ha un esonero del 100%.'],
  ] as const)('gender %s: a hearing the judge can no longer hold for a full exemption', async (gender, line) => {
    const { engine } = await openEngine(makeSetup({ judges: [{ id: 'a', gender }] }));
    const a = await assign(engine, makeRequest({ id: '6/2027' }));
    const next = makeSetup({ judges: [{ id: 'a', gender }] });
    next.magistrates[0]!.exemptions.push({ percentage: 100, from: a.hearingDate!, to: a.hearingDate! });
    await engine.configure(next, 'esonero', dibattimento);
    expect(listCasesOnBlockedDays(engine.state)[1]).toContain(line);
  });

  it.each(cases)('gender $gender: a hand-made assignment outside the judge\'s matters', async ({ gender, refused }) => {
    const { engine } = await openEngine(makeSetup({ judges: [{ id: 'a', gender, sections: ['s1'] }, { id: 'b', sections: ['s2'] }] }));
    const out = await engine.backfill({ request: makeRequest({ subjectMatter: 'pa' }), judgeId: 'a', hearingDate: '2027-02-01', reason: 'turno cartaceo', actor: dibattimento });
    expect(out.ok).toBe(false);
    expect(out.message).toContain(refused);
  });

  it.each([
    ['F', 'Non era tra i candidati la giudice Giudice X, che si è astenuta o da cui il processo è stato riassegnato.'],
    ['M', 'Non era tra i candidati il giudice Giudice X, che si è astenuto o da cui il processo è stato riassegnato.'],
    [null, "Non era tra i candidati Giudice X, per un'astensione o una riassegnazione."],
  ] as const)('gender %s: the judge a reassigned case left', async (gender, left) => {
    const { engine } = await openEngine(makeSetup({ judges: [{ id: 'a', gender }, { id: 'b', gender }] }));
    const first = await assign(engine, makeRequest({ id: 'A1' }));
    const out = await engine.reassign({ requestId: 'A1', cause: 'astensione', reason: 'astensione', actor: dibattimento, on: '2027-01-20' });
    expect(out.ok && out.assignment?.explanation).toContain(left.replace('Giudice X', `Giudice ${first.judgeId!.toUpperCase()}`));
  });
});
