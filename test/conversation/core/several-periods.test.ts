import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HEAD, ROSSI, openDemo, textOf, type Demo } from './fixture.ts';

/**
 * Session 10: a message naming several days or periods apart. A question is answered for each of them, never for the days
 * between; a change (an absence declared or withdrawn, a swap) is asked again one period at a time, and nothing is written.
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
    ['sarò in ferie il 14 e il 18 dicembre', 'il 14 dicembre e il 18 dicembre'],
    ['metto malattia il 2 e il 4 dicembre', 'il 2 dicembre e il 4 dicembre'],
    ['ferie 14-16 dicembre e 28-30 dicembre', 'dal 14 al 16 dicembre e dal 28 al 30 dicembre'],
  ])('an absence on days apart is not declared, nor its days between: the writer is asked one period at a time (%s)', async (text, periods) => {
    const before = absencesOf('rossi-mario').length;
    const open = pendings();
    const asked = await demo.conversation.handleText(ROSSI, text);
    expect(asked.kind).toBe('problem');
    expect(asked.actions).toHaveLength(0);
    expect(textOf(asked).trim()).toBe(`Hai indicato più periodi separati: ${periods}. Posso registrare un solo periodo di assenza per messaggio: scrivimeli uno alla volta, per esempio "ferie il 3 marzo". Non ho registrato nulla.`);
    expect(absencesOf('rossi-mario')).toHaveLength(before);
    expect(pendings()).toBe(open);
  });

  it('the year is said when the periods are not in the current one', async () => {
    const asked = await demo.conversation.handleText(ROSSI, 'ferie il 3 e il 10 marzo');
    expect(textOf(asked)).toContain('Hai indicato più periodi separati: il 3 marzo e il 10 marzo 2027.');
  });

  it('withdrawing absences of days apart is asked one period at a time too, nothing withdrawn', async () => {
    const first = await demo.conversation.handleText(ROSSI, 'ferie 14-16 dicembre');
    await demo.conversation.handleAction(ROSSI, 'confirm', first.actions[0]!.pendingId);
    const before = absencesOf('rossi-mario').length;
    const asked = await demo.conversation.handleText(ROSSI, 'togli le ferie del 14 e del 28 dicembre');
    expect(asked.kind).toBe('problem');
    expect(textOf(asked)).toContain('Posso annullare le assenze di un solo periodo per messaggio');
    expect(absencesOf('rossi-mario')).toHaveLength(before);
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
    expect(textOf(both)).toContain('In servizio il 5 dicembre');
    expect(textOf(both)).toContain('In servizio il 12 dicembre');
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
});
