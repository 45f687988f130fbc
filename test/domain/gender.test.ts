import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { byGender } from '../../src/domain/gender.ts';
import { parseOfficeConfig } from '../../src/domain/parse-office-config.ts';

const office = { id: 'procura-test', name: 'Procura di Test', kind: 'procura', city: 'Napoli', patronSaintDay: '09-19', districtSize: 600, headWorkloadPercent: 40 };
const configWith = (gender: unknown) => ({
  office,
  magistrates: [{ id: 'verdi-anna', surname: 'Verdi', name: 'Anna', role: 'procuratore', ...(gender === undefined ? {} : { gender }) }],
});

describe('a magistrate\'s declared gender', () => {
  it('is optional, "F" or "M"', () => {
    const read = (gender: unknown) => {
      const result = parseOfficeConfig(configWith(gender));
      return result.ok ? result.value.magistrates[0]!.gender : result.errors;
    };
    expect(read('F')).toBe('F');
    expect(read('M')).toBe('M');
    expect(read(undefined)).toBeUndefined();
    expect(read('donna')).toEqual([expect.stringMatching(/^magistrates\[0\]\.gender: .*"F".*"M".*trovato "donna"/)]);
  });

  it('picks the agreeing form, or the neutral one when not declared', () => {
    const article = (g: 'F' | 'M' | undefined) => byGender(g, { F: 'la giudice', M: 'il giudice', unknown: 'giudice' });
    expect([article('F'), article('M'), article(undefined)]).toEqual(['la giudice', 'il giudice', 'giudice']);
  });

  it.each(['procura-napoli', 'tribunale-napoli'])('is declared for every magistrate of the demo office %s', (name) => {
    const result = parseOfficeConfig(JSON.parse(readFileSync(new URL(`../../data/demo/${name}.json`, import.meta.url), 'utf8')));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.magistrates.filter((m) => m.gender === undefined).map((m) => m.id)).toEqual([]);
  });
});
