import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateCalendar } from '../../../src/use-cases/generate-calendar.ts';
import { PERIOD, ROSSI, openDemo, textOf, type Demo } from './fixture.ts';

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

describe('conversation core: a weekday and a day number asked in the past tense', () => {
  it('answers for the last 3rd that was a Thursday, as if the month were written', async () => {
    // Thursday 10 December 2026: "giovedì 3" read as the next Thursday 3rd was 3 June 2027, with no calendar.
    demo.clock.set(new Date('2026-12-10T08:00:00Z'));
    const who = textOf(await demo.conversation.handleText(ROSSI, 'chi era reperibile giovedì 3?'));
    expect(who).toContain('In servizio giovedì 3 dicembre');
    expect(who).toBe(textOf(await demo.conversation.handleText(ROSSI, 'chi era reperibile il 3 dicembre?')));
    const own = textOf(await demo.conversation.handleText(ROSSI, 'ero di turno giovedì 3?'));
    expect(own).not.toContain('2027');
    expect(own).toBe(textOf(await demo.conversation.handleText(ROSSI, 'ero di turno il 3 dicembre?')));
  });
});

describe('conversation core: asked in the past tense whether there was a holder of a duty', () => {
  it.each([
    ["C'era un reperibile sabato scorso?", 'chi era reperibile sabato 28 novembre?'],
    ["c'era qualcuno di turno ieri?", 'chi era di turno ieri?'],
  ])('%s answers who was on duty, as "%s"', async (asked, same) => {
    // Monday 30 November 2026: Saturday 28 and Sunday 29 are in the published calendar.
    demo.clock.set(new Date('2026-11-30T08:00:00Z'));
    const reply = textOf(await demo.conversation.handleText(ROSSI, asked));
    expect(reply).toMatch(/^In servizio (sabato 28|domenica 29) novembre/);
    expect(reply).toBe(textOf(await demo.conversation.handleText(ROSSI, same)));
  });
});

describe('conversation core: a range partly gone by', () => {
  it('says the days gone by had no calendar, and only the days ahead have none yet', async () => {
    const bare = await openDemo({ publish: false });
    try {
      // Thursday 26 November 2026: Monday 23 to Wednesday 25 are gone by.
      bare.clock.set(new Date('2026-11-26T08:00:00Z'));
      const expected = "Mi dispiace, per il periodo dal 23 al 25 novembre non c'è un calendario dei turni registrato in turnario, e per il periodo dal 26 al 29 novembre non ce n'è ancora uno.";
      expect(textOf(await bare.conversation.handleText(ROSSI, 'i miei turni da lunedì scorso a domenica prossima'))).toContain(expected);
      expect(textOf(await bare.conversation.handleText(ROSSI, 'chi è reperibile da lunedì scorso a domenica?'))).toContain(expected);
      // Wholly ahead, "ancora" as before.
      expect(textOf(await bare.conversation.handleText(ROSSI, 'chi è reperibile questa settimana?'))).toContain("Non c'è ancora un calendario dal 26 al 29 novembre.");
    } finally {
      await bare.close();
    }
  });

  it('says a provisional calendar may still change only from today on', async () => {
    const draft = await openDemo({ publish: false });
    try {
      const generated = await generateCalendar(draft.store, draft.clock, PERIOD, 'test');
      expect(generated.ok).toBe(true);
      draft.clock.set(new Date('2026-11-26T08:00:00Z'));
      const partly = textOf(await draft.conversation.handleText(ROSSI, 'chi è reperibile da lunedì scorso a domenica?'));
      expect(partly).toContain('In servizio dal 23 al 29 novembre');
      expect(partly).toContain('Attenzione: il calendario di questo periodo è provvisorio, non pubblicato; da oggi in poi può ancora cambiare.');
      const gone = textOf(await draft.conversation.handleText(ROSSI, 'chi era reperibile martedì?'));
      expect(gone).toContain('Attenzione: il calendario di questo periodo è provvisorio, non pubblicato.');
      expect(gone).not.toContain('ancora');
      const ahead = textOf(await draft.conversation.handleText(ROSSI, 'chi è reperibile sabato?'));
      expect(ahead).toContain('Attenzione: il calendario di questo periodo è ancora provvisorio, non pubblicato; può cambiare.');
    } finally {
      await draft.close();
    }
  });
});

describe('conversation core: own duties over a published calendar and a provisional one, partly gone by', () => {
  it('says that the provisional part may still change only from today on', async () => {
    const january = await generateCalendar(demo.store, demo.clock, { officeId: PERIOD.officeId, from: '2027-01-01', to: '2027-01-31' }, 'test');
    expect(january.ok).toBe(true);
    const asked = 'i miei turni dal 28 dicembre 2026 al 10 gennaio 2027';
    // Tuesday 5 January 2027: 1 to 4 January are gone by, 5 to 10 ahead.
    demo.clock.set(new Date('2027-01-05T08:00:00Z'));
    expect(textOf(await demo.conversation.handleText(ROSSI, asked))).toContain(
      "Per una parte del periodo c'è solo un calendario provvisorio, non pubblicato: quei turni non sono elencati, e da oggi in poi possono ancora cambiare.");
    // Tuesday 12 January 2027: the whole provisional part is gone by.
    demo.clock.set(new Date('2027-01-12T08:00:00Z'));
    const gone = textOf(await demo.conversation.handleText(ROSSI, asked));
    expect(gone).toContain("Per una parte del periodo c'è solo un calendario provvisorio, non pubblicato: quei turni non sono elencati.");
    expect(gone).not.toContain('ancora');
    // Wednesday 30 December 2026: the days asked are partly gone by, the provisional part (January) is all ahead.
    demo.clock.set(new Date('2026-12-30T08:00:00Z'));
    expect(textOf(await demo.conversation.handleText(ROSSI, asked))).toContain(
      "Per una parte del periodo c'è solo un calendario provvisorio, non ancora pubblicato: quei turni possono ancora cambiare e non sono elencati.");
  });
});
