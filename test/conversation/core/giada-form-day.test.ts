import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConversation, type Conversation } from '../../../src/conversation/index.ts';
import type { Clock } from '../../../src/ports.ts';
import { ROSSI, openDemo, textOf, type Demo } from './fixture.ts';

/** The day the chat's GIADA form dates a request on: the civil day in Rome when the engine files it. */

let demo: Demo;
beforeEach(async () => {
  demo = await openDemo({ publish: false });
});
afterEach(() => demo.close());

/** A clock that moves on by `stepMs` at every reading: the turn reads it first, the engine later. */
class SteppingClock implements Clock {
  #next: number;
  constructor(start: string, private readonly stepMs: number) {
    this.#next = new Date(start).getTime();
  }
  now(): Date {
    const at = new Date(this.#next);
    this.#next += this.stepMs;
    return at;
  }
}

async function submit(conversation: Conversation, reference: string) {
  const matter = demo.store.snapshot().offices['tribunale-napoli']!.giada!.subjectMatters[0]!.id;
  return conversation.submitForm(ROSSI, 'giada_request', { reference, type: 'citazione_diretta', subjectMatter: matter, free: '1', detained: '0', charges: '640', urgent: 'false' });
}

async function filedOn(reference: string): Promise<string | undefined> {
  const ledger = (await demo.store.readLog('giada-ledger')) as { kind: string; request?: { id: string; requestedOn: string } }[];
  return ledger.find((r) => r.kind === 'assignment' && r.request?.id === reference)?.request?.requestedOn;
}

describe('conversation core: the day a GIADA request from the chat is dated', () => {
  it.each([
    ['00:30 in Rome on 2 December (23:30 UTC the day before)', '2026-12-01T23:30:00Z', '2026-12-02'],
    ['23:30 in Rome on 1 December', '2026-12-01T22:30:00Z', '2026-12-01'],
    ['00:30 in Rome on 28 March 2027, the night clocks go forward (still UTC+1)', '2027-03-27T23:30:00Z', '2027-03-28'],
    ['03:30 in Rome on 28 March 2027, just after clocks went forward (UTC+2)', '2027-03-28T01:30:00Z', '2027-03-28'],
    ['00:30 in Rome on 29 March 2027 (UTC+2)', '2027-03-28T22:30:00Z', '2027-03-29'],
    ['00:30 in Rome on 31 October 2027, the night clocks go back (still UTC+2)', '2027-10-30T22:30:00Z', '2027-10-31'],
    ['23:30 in Rome on 31 October 2027 (UTC+1 again)', '2027-10-31T22:30:00Z', '2027-10-31'],
    ['00:30 in Rome on 1 November 2027 (UTC+1)', '2027-10-31T23:30:00Z', '2027-11-01'],
  ])('at %s the request is dated on that civil day and accepted', async (_label, instant, day) => {
    demo.clock.set(new Date(instant));
    const reply = await submit(demo.conversation, '501/2026');
    expect(reply.kind, textOf(reply)).toBe('done');
    expect(await filedOn('501/2026')).toBe(day);
  });

  it.each([
    ['1 December to 2 December 2026', '2026-12-01T22:59:59.500Z', '2026-12-02'],
    ['27 March to 28 March 2027 (UTC+1)', '2027-03-27T22:59:59.500Z', '2027-03-28'],
    ['28 March to 29 March 2027 (UTC+2, the first midnight after clocks went forward)', '2027-03-28T21:59:59.500Z', '2027-03-29'],
    ['30 October to 31 October 2027 (UTC+2)', '2027-10-30T21:59:59.500Z', '2027-10-31'],
    ['31 October to 1 November 2027 (UTC+1, the first midnight after clocks went back)', '2027-10-31T22:59:59.500Z', '2027-11-01'],
  ])('a request sent as midnight strikes in Rome (%s) is dated on the day the engine files it, not refused as past', async (_label, start, day) => {
    // The turn starts half a second before midnight; every later reading of the clock (the engine's) is after it.
    const conversation = createConversation({ store: demo.store, clock: new SteppingClock(start, 1000), notifier: demo.notifier });
    const reply = await submit(conversation, '502/2026');
    expect(reply.kind, textOf(reply)).toBe('done');
    expect(reply.title).toBe('Prima udienza fissata');
    expect(await filedOn('502/2026')).toBe(day);
  });
});
