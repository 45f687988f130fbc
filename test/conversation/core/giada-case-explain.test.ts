import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openOfficeEngine } from '../../../src/giada/open-office-engine.ts';
import { ROSSI, as, openDemo, textOf, type Demo } from './fixture.ts';

let demo: Demo;
beforeEach(async () => {
  demo = await openDemo({ publish: false });
});
afterEach(() => demo.close());

/** Files a few GIADA requests as Rossi (a PM); the reference of one assigned to a single judge, and that judge's id. */
async function oneAssigned(): Promise<{ reference: string; judgeId: string }> {
  const opened = await demo.conversation.handleText(ROSSI, 'devo chiedere la data della prima udienza');
  const matter = opened.form!.fields.find((f) => f.id === 'subjectMatter')!.options![0]!.value;
  for (let i = 0; i < 3; i++) {
    await demo.conversation.submitForm(ROSSI, 'giada_request', { reference: `${500 + i}/2026`, type: 'citazione_diretta', subjectMatter: matter, free: '2', detained: '0', charges: '640', urgent: 'false' });
  }
  const ledger = (await demo.store.readLog('giada-ledger')) as { kind: string; request?: { id: string }; decision?: { kind: string; candidateId: string | null } }[];
  const record = ledger.find((r) => r.kind === 'assignment' && r.decision?.kind === 'judge' && r.decision.candidateId)!;
  return { reference: record.request!.id, judgeId: record.decision!.candidateId! };
}

describe('conversation core: "perché mi è stato assegnato il procedimento …?" at a Tribunale', () => {
  it('explains the case to its judge in clear sentences, with the judge and the date', async () => {
    const { reference, judgeId } = await oneAssigned();
    const answer = await demo.conversation.handleText(as(judgeId), `perché mi è stato assegnato il procedimento ${reference}?`);
    expect(answer.title).toBe(`Perché il procedimento ${reference} è stato assegnato a te`);
    expect(answer.sections[0]!.lines[1]).toMatch(/^Prima udienza: \S+ \d+ \S+ 2027$/);
    const why = answer.sections[1]!.lines[0]!;
    expect(why).toMatch(new RegExp(`^Il procedimento ${reference} \\(citazione diretta a giudizio\\) ha peso 3, così composto: 2 per 2 imputati liberi e 1 per 1 imputazione\\.`));
    for (const sentence of why.split(/(?<=\.) (?=[A-ZÈ])/)) expect(sentence.split(':').length, sentence).toBeLessThanOrEqual(2);
  });

  it('shows it to the president too, refuses it to another judge, and says when the number is unknown', async () => {
    const { reference, judgeId } = await oneAssigned();
    const president = await demo.conversation.handleText(as('caruso-elisabetta'), `perché è stato assegnato così il procedimento ${reference}?`);
    // Named with the article of the gender the office declared: "alla giudice Marta Leone", "al giudice Giorgio Ferrari".
    const judge = demo.store.snapshot().offices['tribunale-napoli']!.magistrates.find((m) => m.id === judgeId)!;
    expect(judge.gender).toBeDefined();
    expect(president.title).toBe(`Perché il procedimento ${reference} è stato assegnato ${judge.gender === 'F' ? 'alla' : 'al'} giudice ${judge.name} ${judge.surname}`);
    const other = ['leone-marta', 'gentile-francesca'].find((id) => id !== judgeId)!;
    const refused = await demo.conversation.handleText(as(other), `perché a me il procedimento ${reference}?`);
    expect(refused.kind).toBe('refusal');
    expect(textOf(refused)).toContain('è visibile al giudice o al collegio assegnatario');
    const unknown = await demo.conversation.handleText(as(judgeId), 'perché mi è stato assegnato il procedimento 9999/2026?');
    expect(textOf(unknown).trim()).toBe('Non trovo il procedimento 9999/2026 tra quelli assegnati da GIADA: controlla il numero di R.G.');
  });

  it('finds the proceeding however its number is written: "77/2026" is the one filed as "n. 77/26 R.G.N.R."', async () => {
    const opened = await demo.conversation.handleText(ROSSI, 'devo chiedere la data della prima udienza');
    const matter = opened.form!.fields.find((f) => f.id === 'subjectMatter')!.options![0]!.value;
    const filed = await demo.conversation.submitForm(ROSSI, 'giada_request', { reference: 'n. 77/26 R.G.N.R.', type: 'citazione_diretta', subjectMatter: matter, free: '1', detained: '0', charges: '640', urgent: 'false' });
    expect(filed.title).toBe('Prima udienza fissata');
    const asked = await demo.conversation.handleText(as('caruso-elisabetta'), 'perché è stato assegnato così il procedimento 77/2026?');
    expect(asked.title).toMatch(/^Perché il procedimento 77\/2026 è stato assegnato (?:al|alla) giudice /);
    expect(asked.sections[1]!.lines[0]).toContain('Il procedimento n. 77/26 R.G.N.R. (citazione diretta a giudizio)');
  });

  it('follows the case after its decision: cancelled, joined to another, fixed by hand', async () => {
    const { reference, judgeId } = await oneAssigned();
    const opened = await openOfficeEngine({ store: demo.store, clock: demo.clock, notifier: demo.notifier, officeId: 'tribunale-napoli' });
    if (!opened.ok) throw new Error(opened.message);
    const engine = opened.engine;
    const clerk = { profile: 'dibattimento' as const, userId: 'greco-antonio' };
    const others = [...engine.state.cases.keys()].filter((id) => id !== reference);
    expect((await engine.join(others[0]!, [others[1]!], 'stessi fatti', clerk)).ok).toBe(true);
    const joined = await demo.conversation.handleText(as('caruso-elisabetta'), `perché è stato assegnato così il procedimento ${others[1]}?`);
    expect(textOf(joined).trim()).toBe(`Il procedimento ${others[1]} è stato riunito al procedimento ${others[0]}: giudice e data sono quelli del procedimento a cui è stato riunito.`);
    expect((await engine.cancel(reference, 'decreto annullato', clerk)).ok).toBe(true);
    const cancelled = await demo.conversation.handleText(as(judgeId), `perché mi è stato assegnato il procedimento ${reference}?`);
    expect(textOf(cancelled).trim()).toBe(`L'assegnazione del procedimento ${reference} è stata annullata dall'ufficio del dibattimento: ora non ha un giudice né una data.`);
    const request = engine.state.cases.get(reference)!.request;
    expect((await engine.backfill({ request, judgeId: 'leone-marta', hearingDate: '2027-04-01', reason: 'udienza straordinaria', actor: clerk })).ok).toBe(true);
    const byHand = await demo.conversation.handleText(as('leone-marta'), `perché mi è stato assegnato il procedimento ${reference}?`);
    expect(byHand.title).toBe(`Il procedimento ${reference} è stato assegnato a mano`);
    expect(byHand.sections[0]!.lines).toEqual(['Giudice: Marta Leone', 'Prima udienza: giovedì 1° aprile 2027']);
    expect(byHand.sections[1]!.lines[0]).toContain('con questa motivazione: «udienza straordinaria»');
  });
});
