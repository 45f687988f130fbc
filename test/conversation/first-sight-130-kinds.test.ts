import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the misses of blind130-133 at first sight, each said in wordings other than the missed one.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string, on = today) => understand(text, { today: on });

describe('"fare" + a verb of seeing or knowing ("mi fai vedere i turni di febbraio") asks to be shown the duties', () => {
  it.each([
    ['mi fai vedere i turni di febbraio?', '2027-02-01', '2027-02-28'],
    ['ci fate vedere i turni di gennaio', '2027-01-01', '2027-01-31'],
    ['mi fate sapere i turni di dicembre?', '2026-12-01', '2026-12-31'],
    ['mi fai avere i turni di marzo per favore', '2027-03-01', '2027-03-31'],
    ['fammi vedere i turni di dicembre', '2026-12-01', '2026-12-31'],
    ['mi mostrate i turni di gennaio', '2027-01-01', '2027-01-31'],
    ['mi mandate i turni di marzo per favore', '2027-03-01', '2027-03-31'],
  ])('%s', (text, from, to) => {
    expect(read(text)).toMatchObject({ intent: 'duties', from, to, magistrate: null });
  });
  it('doing or generating the duties of a month, with no seeing, still generates', () => {
    expect(read('fate i turni di gennaio')).toMatchObject({ intent: 'calendar_generate', from: '2027-01-01', to: '2027-01-31' });
    expect(read('generate i turni di gennaio')).toMatchObject({ intent: 'calendar_generate', from: '2027-01-01' });
    expect(read('fai i turni di febbraio')).toMatchObject({ intent: 'calendar_generate', from: '2027-02-01' });
    expect(read('fate pure i turni di febbraio')).toMatchObject({ intent: 'calendar_generate', from: '2027-02-01' });
  });
});
