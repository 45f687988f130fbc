import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestPublished, latestVersion } from '../../../src/calendar/versions/calendar-versions.ts';
import { addDays } from '../../../src/domain/civil-day.ts';
import { HEAD, PERIOD, ROSSI, button, openDemo, textOf, type Demo } from './fixture.ts';

/**
 * Session 10: a message naming several days or periods apart. A question is answered for each of them, never for the days
 * between; an absence declared is confirmed once for all its periods and recorded all or none; another change (an absence
 * withdrawn, a swap) is asked again one period at a time, and nothing is written.
 */
let demo: Demo;
beforeEach(async () => {
  demo = await openDemo();
});
afterEach(() => demo.close());

const absencesOf = (id: string) => demo.store.snapshot().absences.filter((a) => a.magistrateId === id && a.status === 'active');
const pendings = () => Object.keys(demo.store.snapshot().conversations).length;

describe('conversation core: several periods in one message', () => {
  it.each([
    ['sarò in ferie il 14 e il 18 dicembre', 'ferie il 14 dicembre e il 18 dicembre', [['2026-12-14', '2026-12-14'], ['2026-12-18', '2026-12-18']]],
    ['metto malattia il 2 e il 4 dicembre', 'malattia il 2 dicembre e il 4 dicembre', [['2026-12-02', '2026-12-02'], ['2026-12-04', '2026-12-04']]],
    ['ferie 7-9 dicembre e 14-16 dicembre', 'ferie dal 7 al 9 dicembre e dal 14 al 16 dicembre', [['2026-12-07', '2026-12-09'], ['2026-12-14', '2026-12-16']]],
  ])('an absence on days apart is confirmed once for every period, and records each, never the days between (%s)', async (text, said, periods) => {
    const before = absencesOf('rossi-mario').length;
    const asked = await demo.conversation.handleText(ROSSI, text);
    expect(asked.kind).toBe('confirm');
    expect(asked.sections[0]!.lines[0]).toBe(`Ho capito: ${said}.`);
    expect(asked.sections[asked.sections.length - 1]!.lines).toEqual(['Confermi?']);
    expect(absencesOf('rossi-mario')).toHaveLength(before);
    const done = await demo.conversation.handleAction(ROSSI, 'confirm', button(asked, 'confirm'));
    expect(done.kind).toBe('done');
    expect(done.title).toBe('Assenze registrate');
    expect(textOf(done)).toContain(`Fatto: ho registrato ${said.replace(/^(ferie|malattia) /, (_, kind: string) => `${kind === 'ferie' ? 'le' : 'la'} ${kind} di Mario Rossi `)}.`);
    const added = absencesOf('rossi-mario').slice(before).map((a) => [a.from, a.to]);
    expect(added).toEqual(periods);
  });

  it('published duties on both days: listed, and one replan proposal to the head covers both', async () => {
    const duties = latestPublished(demo.store.snapshot(), PERIOD)!.duties
      .filter((d) => d.magistrateId === 'rossi-mario' && d.from === d.to && d.from >= '2026-12-01' && d.from < '2026-12-20');
    const first = duties[0]!;
    const second = duties.find((d) => d.from > addDays(first.from, 1))!;
    const day = (d: string) => Number(d.slice(8));
    const asked = await demo.conversation.handleText(ROSSI, `ferie il ${day(first.from)} e il ${day(second.from)} dicembre`);
    expect(asked.kind).toBe('confirm');
    expect(textOf(asked)).toMatch(/Hai (un turno pubblicato|\d+ turni pubblicati) in quei giorni/);
    const done = await demo.conversation.handleAction(ROSSI, 'confirm', button(asked, 'confirm'));
    expect(textOf(done)).toContain('Ho proposto al capo dell\'ufficio chi copre i tuoi turni');
    const toHead = demo.notifier.sent.filter((n) => n.to.kind === 'magistrate' && n.to.magistrateId === 'conti-nicola' && n.reply?.actions.some((a) => a.id === 'approve'));
    expect(toHead).toHaveLength(1);
    expect(toHead[0]!.text).toContain(`ferie di Mario Rossi il ${day(first.from)} dicembre e il ${day(second.from)} dicembre`);
    const proposal = latestVersion(demo.store.snapshot(), PERIOD)!;
    expect(proposal.status).toBe('provisional');
    expect(proposal.duties.some((x) => x.id === first.id || x.id === second.id)).toBe(false);
  });

  it('the year is said once when the periods are not in the current one', async () => {
    const asked = await demo.conversation.handleText(ROSSI, 'vorrei le ferie il 4 e il 9 marzo');
    expect(asked.sections[0]!.lines[0]).toBe('Ho capito: ferie il 4 marzo e il 9 marzo 2027.');
  });

  it('one period overlapping an absence already held: nothing recorded, the reply names that period and what to do', async () => {
    const first = await demo.conversation.handleText(ROSSI, 'ferie 14-16 dicembre');
    await demo.conversation.handleAction(ROSSI, 'confirm', button(first, 'confirm'));
    const before = absencesOf('rossi-mario').length;
    const open = pendings();
    const asked = await demo.conversation.handleText(ROSSI, 'formazione il 10 e il 15 dicembre');
    expect(asked.kind).toBe('problem');
    expect(textOf(asked)).toContain('Non ho registrato nulla, neanche gli altri periodi, per il giorno 15 dicembre.');
    expect(textOf(asked)).toContain('Correggi le date');
    expect(absencesOf('rossi-mario')).toHaveLength(before);
    expect(pendings()).toBe(open);
  });

  it('a period already past: nothing recorded, the reply names it', async () => {
    const asked = await demo.conversation.handleText(ROSSI, 'ferie ieri e il 10 dicembre');
    expect(asked.kind).toBe('problem');
    expect(textOf(asked)).toContain('il giorno 22 novembre è già passato');
  });

  it('an absence recorded between the proposal and the confirmation: the confirmation records none of the periods', async () => {
    const before = absencesOf('rossi-mario').length;
    const asked = await demo.conversation.handleText(ROSSI, 'ferie il 9 e il 18 dicembre');
    const other = await demo.conversation.handleText(ROSSI, 'formazione il 18 dicembre');
    await demo.conversation.handleAction(ROSSI, 'confirm', button(other, 'confirm'));
    expect(absencesOf('rossi-mario')).toHaveLength(before + 1);
    const refused = await demo.conversation.handleAction(ROSSI, 'confirm', button(asked, 'confirm'));
    expect(refused.kind).toBe('problem');
    expect(textOf(refused)).toContain('Assenze non registrate, nessuna');
    expect(absencesOf('rossi-mario')).toHaveLength(before + 1);
    expect(absencesOf('rossi-mario').some((a) => a.from === '2026-12-09')).toBe(false);
  });

  it('withdrawing the absences of days apart: one confirmation for those touching either day, none only between them', async () => {
    for (const text of ['ferie 7-9 dicembre', 'formazione l\'11 dicembre', 'ferie 14-16 dicembre']) {
      const asked = await demo.conversation.handleText(ROSSI, text);
      await demo.conversation.handleAction(ROSSI, 'confirm', button(asked, 'confirm'));
    }
    const asked = await demo.conversation.handleText(ROSSI, 'togli le assenze del 9 e del 14 dicembre');
    expect(asked.kind).toBe('confirm');
    expect(asked.sections[0]).toMatchObject({ heading: 'Annullo queste 2 assenze:', lines: ['ferie dal 7 al 9 dicembre', 'ferie dal 14 al 16 dicembre'] });
    await demo.conversation.handleAction(ROSSI, 'confirm', button(asked, 'confirm'));
    expect(absencesOf('rossi-mario').filter((a) => a.from >= '2026-12-01' && a.to <= '2026-12-20').map((a) => [a.type, a.from])).toEqual([['formazione', '2026-12-11']]);
  });

  it('a swap of two days apart is asked one at a time, nothing proposed', async () => {
    const open = pendings();
    const asked = await demo.conversation.handleText(ROSSI, 'scambio la repe del 5 e del 12 dicembre con Bianchi');
    expect(asked.kind).toBe('problem');
    expect(textOf(asked)).toContain('Hai indicato più periodi separati: il 5 dicembre e il 12 dicembre. Posso scambiare un solo turno per messaggio');
    expect(pendings()).toBe(open);
  });

  it('who is on duty on two days apart: each day answered as if asked alone, the days between left out', async () => {
    const both = await demo.conversation.handleText(ROSSI, 'chi è reperibile il 5 e il 12 dicembre?');
    const fifth = await demo.conversation.handleText(ROSSI, 'chi è reperibile il 5 dicembre?');
    const twelfth = await demo.conversation.handleText(ROSSI, 'chi è reperibile il 12 dicembre?');
    expect(both.kind).toBe('answer');
    const listed = (r: typeof both) => r.sections.filter((s) => s.list).flatMap((s) => s.lines);
    const lines = listed(both);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines).toEqual([...listed(fifth), ...listed(twelfth)]);
    expect(textOf(both)).toContain('In servizio sabato 5 dicembre');
    expect(textOf(both)).toContain('In servizio sabato 12 dicembre');
    expect(textOf(both)).not.toMatch(/dal 5 al 12/);
  });

  it('my duties on two days apart, and who is absent on them, for the head', async () => {
    const mine = await demo.conversation.handleText(ROSSI, 'che turni ho il 7 e il 21 dicembre?');
    expect(mine.kind).toBe('answer');
    expect(textOf(mine)).not.toMatch(/dal 7 al 21/);
    const absent = await demo.conversation.handleText(HEAD, 'chi è assente il 7 e il 21 dicembre?');
    expect(absent.kind).toBe('answer');
    expect(textOf(absent)).toMatch(/il 7 dicembre[\s\S]*il 21 dicembre/);
    expect(textOf(absent)).not.toMatch(/dal 7 al 21/);
  });

  // Session 11: days joined by "o" are one the writer has not chosen. A change asks which, and writes nothing; a
  // question is answered for each (it writes nothing, and whichever day was meant is in the answer).
  it.each([
    ['sarò in ferie il 3 o il 10 marzo', 'Intendi il 3 marzo o il 10 marzo 2027? Riscrivimi la richiesta indicando solo il giorno giusto: non ho registrato nulla.'],
    ['malattia il 14 oppure il 15 dicembre', 'Intendi il 14 dicembre o il 15 dicembre? Riscrivimi la richiesta indicando solo il giorno giusto: non ho registrato nulla.'],
    ['ferie 7-9 dicembre o 14-16 dicembre', 'Intendi dal 7 al 9 dicembre o dal 14 al 16 dicembre? Riscrivimi la richiesta indicando solo il periodo giusto: non ho registrato nulla.'],
  ])('an absence on one day or another is not recorded: the writer is asked which (%s)', async (text, question) => {
    const before = absencesOf('rossi-mario').length;
    const open = pendings();
    const asked = await demo.conversation.handleText(ROSSI, text);
    expect(asked.kind).toBe('problem');
    expect(textOf(asked).trim()).toBe(question);
    expect(asked.actions).toEqual([]);
    expect(absencesOf('rossi-mario')).toHaveLength(before);
    expect(pendings()).toBe(open);
    // Told the day, it is recorded as usual.
    const again = await demo.conversation.handleText(ROSSI, text.replace(/ (?:o|oppure) .*?(?= marzo| dicembre|$)/, ''));
    expect(again.kind).toBe('confirm');
  });

  it('withdrawing, swapping or generating on one day or another asks which one, and changes nothing', async () => {
    for (const text of ['ferie 7-9 dicembre', 'ferie 14-16 dicembre']) {
      const asked = await demo.conversation.handleText(ROSSI, text);
      await demo.conversation.handleAction(ROSSI, 'confirm', button(asked, 'confirm'));
    }
    const open = pendings();
    const withdrawn = await demo.conversation.handleText(ROSSI, 'togli le ferie del 9 o del 14 dicembre');
    expect(textOf(withdrawn).trim()).toBe('Intendi il 9 dicembre o il 14 dicembre? Riscrivimi la richiesta indicando solo il giorno giusto: non ho registrato nulla.');
    const swap = await demo.conversation.handleText(ROSSI, 'scambio la repe del 5 o del 12 dicembre con Bianchi');
    expect(textOf(swap)).toContain('Intendi il 5 dicembre o il 12 dicembre?');
    const generate = await demo.conversation.handleText(HEAD, 'genera febbraio o marzo');
    expect(textOf(generate)).toContain('Intendi dal 1° al 28 febbraio o dal 1° al 31 marzo 2027?');
    expect(pendings()).toBe(open);
    expect(absencesOf('rossi-mario').filter((a) => a.from >= '2026-12-01' && a.to <= '2026-12-20')).toHaveLength(2);
    await demo.conversation.idle();
    expect(latestVersion(demo.store.snapshot(), { officeId: 'procura-napoli', from: '2027-02-01', to: '2027-02-28' })).toBeNull();
  });

  it('who is on duty on one day or another: answered for each, as with "e"', async () => {
    const either = await demo.conversation.handleText(ROSSI, 'chi è reperibile il 5 o il 12 dicembre?');
    const both = await demo.conversation.handleText(ROSSI, 'chi è reperibile il 5 e il 12 dicembre?');
    expect(either.kind).toBe('answer');
    expect(either).toEqual(both);
    // Next to one another too, each day answered ("sabato o domenica").
    const weekend = await demo.conversation.handleText(ROSSI, 'chi è reperibile il 5 o il 6 dicembre?');
    expect(textOf(weekend)).toContain('In servizio sabato 5 dicembre');
    expect(textOf(weekend)).toContain('In servizio domenica 6 dicembre');
  });

  it('"la settimana prossima e quella dopo ancora": one absence, from next Monday to the later Sunday', async () => {
    const before = absencesOf('rossi-mario').length;
    const asked = await demo.conversation.handleText(ROSSI, 'sarò in ferie la settimana prossima e quella dopo ancora');
    expect(asked.kind).toBe('confirm');
    expect(asked.sections[0]!.lines[0]).toBe('Ho capito: ferie dal 30 novembre al 13 dicembre.');
    await demo.conversation.handleAction(ROSSI, 'confirm', button(asked, 'confirm'));
    expect(absencesOf('rossi-mario').slice(before).map((a) => [a.type, a.from, a.to])).toEqual([['ferie', '2026-11-30', '2026-12-13']]);
  });
});
