import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatWeekdayDayIt } from '../../../src/domain/format-day-it.ts';
import { HEAD, ROSSI, as, openDemo, textOf, type Demo } from './fixture.ts';

let demo: Demo;
beforeEach(async () => {
  demo = await openDemo({ publish: false });
});
afterEach(() => demo.close());

describe('conversation core: GIADA first-hearing request', () => {
  it('opens the form for a PM and answers with judge or panel, date and explanation; the ledger records it', async () => {
    const opened = await demo.conversation.handleText(ROSSI, 'devo chiedere la data della prima udienza');
    expect(opened.form?.id).toBe('giada_request');
    const matter = opened.form!.fields.find((f) => f.id === 'subjectMatter')!.options![0]!.value;
    const reply = await demo.conversation.submitForm(ROSSI, 'giada_request', {
      reference: '1234/2026', type: 'citazione_diretta', subjectMatter: matter, free: '2', detained: '0', charges: '640, 646', urgent: 'false',
    });
    expect(reply.kind).toBe('done');
    const text = textOf(reply);
    expect(reply.title).toBe('Prima udienza fissata');
    expect(text).toMatch(/Giudice: [A-Z][a-z]+ [A-Z][a-z]+/);
    expect(text).toMatch(/Data: \S+ \d+ \S+ 2027/);
    expect(reply.sections[1]!.heading).toBe('Perché');
    expect(reply.sections[1]!.lines[0]).toContain('Il procedimento 1234/2026 (citazione diretta a giudizio) ha peso 4');
    // Written as a register number usually is, with its prefix and a two-digit year, it is accepted.
    const written = await demo.conversation.submitForm(ROSSI, 'giada_request', {
      reference: 'n. 77/26 R.G.N.R.', type: 'citazione_diretta', subjectMatter: matter, free: '1', detained: '0', charges: '640', urgent: 'false',
    });
    expect(written.title).toBe('Prima udienza fissata');
    const again = await demo.conversation.submitForm(ROSSI, 'giada_request', {
      reference: '1234/2026', type: 'citazione_diretta', subjectMatter: matter, free: '1', detained: '0', charges: '640', urgent: 'false',
    });
    expect(again.kind).toBe('problem');
    const ledger = (await demo.store.readLog('giada-ledger')) as { kind?: string }[];
    expect(ledger.length).toBeGreaterThanOrEqual(2);
  });

  it('refuses the same proceeding written another way, naming its judge and hearing; files every request on the day it is made', async () => {
    const opened = await demo.conversation.handleText(ROSSI, 'devo chiedere la data della prima udienza');
    const matter = opened.form!.fields.find((f) => f.id === 'subjectMatter')!.options![0]!.value;
    const submit = (reference: string, extra: Record<string, string> = {}) =>
      demo.conversation.submitForm(ROSSI, 'giada_request', { reference, type: 'citazione_diretta', subjectMatter: matter, free: '1', detained: '0', charges: '640', urgent: 'false', ...extra });
    // The form has no date: a value slipped into the submission is not read, the request is dated today (the engine refuses a past day).
    const first = await submit('n. 77/26 R.G.N.R.', { requestedOn: '2020-01-01' });
    expect(first.title).toBe('Prima udienza fissata');
    const ledger = (await demo.store.readLog('giada-ledger')) as { kind: string; request?: { id: string; requestedOn: string }; decision?: { candidateId: string; hearingDate: string } }[];
    const record = ledger.find((r) => r.kind === 'assignment')!;
    expect(record.request!.requestedOn).toBe('2026-11-23');
    const judge = demo.store.snapshot().offices['tribunale-napoli']!.magistrates.find((m) => m.id === record.decision!.candidateId)!;
    const again = await submit('77/2026');
    expect(again.kind).toBe('problem');
    expect(textOf(again).trim()).toBe(
      `Il procedimento 77/2026 (registrato come «n. 77/26 R.G.N.R.») è già stato assegnato ${judge.gender === 'F' ? 'alla' : 'al'} giudice ${judge.name} ${judge.surname}, con prima udienza ${formatWeekdayDayIt(record.decision!.hearingDate)}: questa seconda richiesta non è stata registrata. Per cambiare giudice o data serve una riassegnazione, che dispone l'ufficio del dibattimento. Se invece si tratta di un procedimento di un altro registro, indica il registro accanto al numero (per esempio «77/2026 R.G. Trib.»).`,
    );
    expect((await submit('77/2026 R.G. Trib.')).title).toBe('Prima udienza fissata');
  });

  it('says what is wrong with the form, and records nothing', async () => {
    const reply = await demo.conversation.submitForm(ROSSI, 'giada_request', { reference: '1/2026', type: 'citazione_diretta', subjectMatter: 'nessuna', free: '1', detained: '0', charges: '640' });
    expect(textOf(reply)).toContain('Scegli una materia');
    const zero = await demo.conversation.submitForm(ROSSI, 'giada_request', { reference: '1/2026', type: 'citazione_diretta', subjectMatter: 'x', free: 'due', detained: '0', charges: '640' });
    expect(zero.kind).toBe('problem');
    // A slip in the proceeding's number is refused before anything reaches the ledger.
    for (const reference of ['abc', '1234', '1234-2026', '1234/202']) {
      const slip = await demo.conversation.submitForm(ROSSI, 'giada_request', { reference, type: 'citazione_diretta', subjectMatter: 'x', free: '1', detained: '0', charges: '640' });
      expect(textOf(slip).trim(), reference).toBe(`Richiesta non inviata: "${reference}" non sembra un numero di R.G. Scrivilo come numero/anno, per esempio 1234/2026.`);
    }
    expect(await demo.store.readLog('giada-ledger')).toEqual([]);
  });

  it('offers a PM only the request type the PM profile may file, chosen already', async () => {
    const opened = await demo.conversation.handleText(ROSSI, 'devo chiedere la data della prima udienza');
    const type = opened.form!.fields.find((f) => f.id === 'type')!;
    expect(type.options).toEqual([{ value: 'citazione_diretta', label: 'citazione diretta a giudizio' }]);
    expect(type.initial).toBe('citazione_diretta');
  });

  it('refuses the form to the segreteria and to the head of a Tribunale clerk role', async () => {
    expect((await demo.conversation.openForm(as('ferraro-giulia'), 'giada_request')).kind).toBe('refusal');
    expect((await demo.conversation.openForm(as('greco-antonio'), 'giada_request')).kind).toBe('refusal');
    expect((await demo.conversation.openForm(HEAD, 'giada_request')).form?.id).toBe('giada_request');
  });
});
