import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ROSSI, openDemo, textOf, type Demo } from './fixture.ts';

let demo: Demo;
beforeEach(async () => {
  demo = await openDemo();
});
afterEach(() => demo.close());

// The fixture's clock: Monday 23 November 2026.
describe('conversation core: a past day without a year stays in this year', () => {
  it('answers a question in the past tense about 3 November of this year, not of next year', async () => {
    const asked = textOf(await demo.conversation.handleText(ROSSI, 'chi era reperibile il 3 novembre?'));
    expect(asked).toContain('il 3 novembre');
    expect(asked).not.toContain('2027');
    const told = textOf(await demo.conversation.handleText(ROSSI, 'ero in ferie il 3 novembre'));
    expect(told).toContain('Il 3 novembre è già passato');
  });

  it('reads a future-tense request as next year, and asks to confirm it with the year written out', async () => {
    const reply = await demo.conversation.handleText(ROSSI, 'sarò in ferie il 3 novembre');
    expect(textOf(reply)).toContain('Ho capito: ferie il 3 novembre 2027.');
    expect(reply.actions.map((a) => a.id)).toEqual(['confirm', 'cancel']);
  });
});

describe('conversation core: asked in the past tense whether anyone was on duty', () => {
  it('answers who was on call that day, not the writer\'s own duties', async () => {
    // A week later, Monday 30 November 2026: the published calendar began on the 23rd.
    demo.clock.set(new Date('2026-11-30T08:00:00Z'));
    const asked = textOf(await demo.conversation.handleText(ROSSI, "c'era qualcuno reperibile il 24 novembre?"));
    const who = textOf(await demo.conversation.handleText(ROSSI, 'chi era reperibile il 24 novembre?'));
    expect(asked).toContain('In servizio martedì 24 novembre');
    expect(asked).toBe(who);
  });
});
