import { describe, expect, it } from 'vitest';
import type { LedgerRecord } from '../../src/giada/ledger-record.ts';
import { verifyLedger } from '../../src/giada/verify.ts';
import { assign, makeRequest, makeSetup, openEngine, resealFrom } from './fixtures.ts';

/** The sentences of an explanation: split after a full stop followed by a capital (not inside "c.p.p." or "d.lgs."). */
const sentencesOf = (text: string) => text.split(/(?<=\.) (?=[A-ZÈ])/);

/** How deep the parentheses go in a sentence: 1 for "(a)", 2 for "(a (b))". */
function nesting(sentence: string): number {
  let depth = 0;
  let deepest = 0;
  for (const ch of sentence) {
    if (ch === '(') deepest = Math.max(deepest, ++depth);
    if (ch === ')') depth--;
  }
  return deepest;
}

/** Explanations of decisions of every kind: a lean on a lighter and a heavier case, the reserve, a judge on leave, a panel, a draw. */
async function explanations(): Promise<string[]> {
  const texts: string[] = [];
  const lean = await openEngine(makeSetup({ judges: [{ id: 'a' }, { id: 'b' }], statutoryTerms: [{ requestType: 'rinvio_a_giudizio', minDays: 20, source: 'art. 429 c. 3 c.p.p.' }] }));
  for (const weight of [6, 3, 3, 3, 6]) {
    texts.push((await assign(lean.engine, makeRequest({ type: 'rinvio_a_giudizio', defendants: Array.from({ length: weight - 1 }, () => ({ detained: false })) }))).explanation);
  }
  const reserve = await openEngine(makeSetup({ judges: [{ id: 'a', sections: ['s2'] }, { id: 'b' }, { id: 'c' }] }));
  texts.push((await assign(reserve.engine, makeRequest({ subjectMatter: 'comune' }))).explanation);
  const leave = makeSetup({ judges: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }], panels: [{ id: 'p1', members: ['b', 'c', 'd'] }] });
  leave.absences.push({ magistrateId: 'a', type: 'ferie', from: '2027-01-25', to: '2027-01-29' }, { magistrateId: 'c', type: 'malattia', from: '2027-01-27', to: '2027-01-27' });
  const away = await openEngine(leave);
  texts.push((await assign(away.engine, makeRequest({ type: 'rinvio_a_giudizio', charges: [{ code: '416 c.p.' }] }))).explanation);
  texts.push((await assign(away.engine, makeRequest({ type: 'rinvio_a_giudizio' }))).explanation);
  const draw = await openEngine(makeSetup({ mode: 'draw' }));
  texts.push((await assign(draw.engine, makeRequest())).explanation);
  return texts;
}

describe('GIADA explanation: clear sentences', () => {
  it('never chains colons in one sentence nor nests parentheses, and keeps every figure of the decision', async () => {
    const texts = await explanations();
    expect(texts.some((t) => t.includes('carico di riequilibrio 2,25'))).toBe(true);
    expect(texts.some((t) => t.includes('riservata alla sua sezione'))).toBe(true);
    expect(texts.some((t) => t.includes("Prima di essa è stata scartata un'udienza del range per indisponibilità (Giudice C in malattia)."))).toBe(true);
    expect(texts.some((t) => /^Il procedimento R\d+ \(rinvio a giudizio\) ha peso 2, così composto: 1 per 1 imputato libero e 1 per 1 imputazione\. Rientra nella I classe ed è un processo collegiale\. Il collegio Collegio p1, l'unico collegio competente per la materia «Reati comuni», aveva/.test(t))).toBe(true);
    expect(texts.some((t) => t.includes('estratto a sorte'))).toBe(true);
    for (const text of texts) {
      for (const sentence of sentencesOf(text)) {
        expect(sentence.split(':').length - 1, sentence).toBeLessThanOrEqual(1);
        expect(nesting(sentence), sentence).toBeLessThanOrEqual(1);
      }
    }
  });

  it('says the lean in order: the rule, the coefficient, the weight against the class mean, the chosen one\'s figures', async () => {
    const { engine } = await openEngine(makeSetup({ judges: [{ id: 'a' }, { id: 'b' }] }));
    const ofWeight = (w: number) => makeRequest({ type: 'rinvio_a_giudizio', defendants: Array.from({ length: w - 1 }, () => ({ detained: false })) });
    await assign(engine, ofWeight(6));
    await assign(engine, ofWeight(3));
    const light = await assign(engine, ofWeight(3));
    expect(light.explanation).toContain('Lo stesso indice lo aveva anche un altro candidato, e tra loro ha deciso il riequilibrio dei carichi. Il processo va a chi ha il carico di riequilibrio più basso. '
      + 'Questo carico è il carico ponderato complessivo per tempo pieno, su tutte le classi, più lo scarto dei processi già ricevuti dalla media delle rispettive classi, moltiplicato per -2,5. '
      + 'Il coefficiente -2,5 è dato da 5 × (peso − media) / peso. Il processo pesa 3, meno della media dei processi della classe, che è 4,5. '
      + 'Per questo va preferibilmente a chi finora ha ricevuto processi più pesanti della media, mentre il carico complessivo fa sì che chi è già più carico venga dopo. '
      + 'Per quello scelto il carico era 6, lo scarto 1,5 e il carico di riequilibrio 2,25.');
  });

  it('replays a ledger whose explanations were worded by an older turnario; a changed fact still fails', async () => {
    const { engine, store } = await openEngine(makeSetup({ judges: [{ id: 'a' }, { id: 'b' }] }));
    for (let i = 0; i < 3; i++) await assign(engine, makeRequest());
    const lines = (await store.readLog('giada-ledger')) as LedgerRecord[];
    const reworded = structuredClone(lines);
    const record = reworded.find((r) => r.kind === 'assignment') as Extract<LedgerRecord, { kind: 'assignment' }>;
    record.decision.explanation = record.decision.explanation.replace('così composto: ', '').replace(/\. /g, ': ');
    resealFrom(reworded, reworded.indexOf(record));
    expect(verifyLedger(reworded).ok).toBe(true);
    const forged = structuredClone(reworded);
    const moved = forged.find((r) => r.kind === 'assignment') as Extract<LedgerRecord, { kind: 'assignment' }>;
    moved.decision.hearingDate = '2027-12-31';
    resealFrom(forged, forged.indexOf(moved));
    expect(verifyLedger(forged).firstBad?.reason).toContain('ricalcolata');
  });
});
