import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the misses of blind118-121 at first sight, each said in wordings other than the missed one.
 */
const today = '2027-02-10'; // a Wednesday
const read = (text: string, on = today) => understand(text, { today: on });

describe('an indefinite pronoun ("qualcun altro", "chiunque") is no colleague', () => {
  it.each([
    ['sabato tocca a me o a qualcun altro?', '2027-02-13'],
    ["la repe di domenica la fa qualcun'altro?", '2027-02-14'],
    ['domani ho io le direttissime o qualcun altro?', '2027-02-11'],
  ])('%s', (text, day) => {
    expect(read(text)).toMatchObject({ from: day, to: day, magistrate: null });
  });
});
