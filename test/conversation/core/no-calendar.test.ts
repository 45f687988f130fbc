import { afterEach, describe, expect, it } from 'vitest';
import { ROSSI, SEGRETERIA, openDemo, textOf, type Demo } from './fixture.ts';

let demo: Demo | undefined;
afterEach(() => demo?.close());

// The fixture's clock: Monday 23 November 2026; its calendar, when published, starts that day.
describe('conversation core: days with no calendar, gone by or still ahead', () => {
  it('says no calendar was made for days gone by, without "ancora"', async () => {
    demo = await openDemo();
    const onDuty = textOf(await demo.conversation.handleText(ROSSI, 'chi era reperibile il 3 novembre?')).trim();
    expect(onDuty).toBe('Mi dispiace, per il 3 novembre non c\'è un calendario dei turni registrato in turnario.');
    const own = textOf(await demo.conversation.handleText(ROSSI, 'che turni ho fatto dal 2 al 5 novembre?')).trim();
    expect(own).toBe('Mi dispiace, per il periodo dal 2 al 5 novembre non c\'è un calendario dei turni registrato in turnario.');
  });

  it('keeps "ancora" for days ahead with no calendar yet', async () => {
    demo = await openDemo({ publish: false });
    const onDuty = textOf(await demo.conversation.handleText(ROSSI, 'chi è reperibile il 3 dicembre?')).trim();
    expect(onDuty).toBe('Non c\'è ancora un calendario il 3 dicembre.');
    const coverage = textOf(await demo.conversation.handleText(SEGRETERIA, 'copertura di dicembre')).trim();
    expect(coverage).toContain('Non c\'è ancora un calendario');
  });
});
