import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the misses of blind70-73 at first sight, each said in wordings other than the missed one.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string, on = today) => understand(text, { today: on });

describe('"picchetto" and "pronta disponibilità" are office names of the on-call duty (reperibilità)', () => {
  it.each([
    ['quando sono di picchetto a gennaio?', 'duties'],
    ['chi fa il picchetto sabato?', 'on_duty'],
    ['mi copri il picchetto di domenica?', 'swap'],
    ['fammi vedere i miei picchetti di febbraio', 'duties'],
    ['chi è di pronta disponibilità sabato?', 'on_duty'],
    ['sono di pronta disponibilità sabato?', 'duties'],
  ])('%s', (text, intent) => {
    const u = read(text);
    expect([u.intent, u.service]).toEqual([intent, 'reperibilita']);
  });
});
