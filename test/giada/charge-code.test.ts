import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parseOfficeConfigText } from '../../src/domain/parse-office-config.ts';
import { normaliseCharge } from '../../src/giada/charge-code.ts';
import { isCollegialCase } from '../../src/giada/competence.ts';
import { computeWeight } from '../../src/giada/weight.ts';

const demo = parseOfficeConfigText(await readFile(new URL('../../data/demo/tribunale-napoli.json', import.meta.url), 'utf8'));
if (!demo.ok) throw new Error(demo.errors.join('\n'));
const giada = demo.value.giada!;

/** The demo Tribunale's weight and collegiality of a rinvio a giudizio with one free defendant and this charge. */
function judge(code: string) {
  const request = { type: 'rinvio_a_giudizio' as const, defendants: [{ detained: false }], charges: [{ code }] };
  return { weight: computeWeight(request, giada.weightScoring).value, collegial: isCollegialCase(request, giada) };
}

describe('charge codes as people type them', () => {
  it.each([
    // The chat form's own example writes the mafia association without "c.p.".
    ['416-bis', 7, true],
    ['416-bis c.p.', 7, true],
    ['416 bis c.p.', 7, true],
    ['art. 416bis cp', 7, true],
    ['416', 5, true],
    ['416 c.p.', 5, true],
    ['74 dpr 309/90', 7, true],
    ['74 d.P.R. n. 309/1990', 7, true],
    ['319 ter', 4, true],
    ['216 R.D. 267/42', 2, true],
    ['640', 2, false],
    ['640 c.p.', 2, false],
    ['74', 2, false],
  ] as const)('%s: weight %i, collegial %s', (code, weight, collegial) => {
    expect(judge(code)).toEqual({ weight, collegial });
  });

  it('keeps the aggravating 416-bis.1 with the panel (a configured prefix) without scoring it as the association', () => {
    expect(normaliseCharge('416-bis.1')).toBe('416-bis.1 c.p.');
    expect(judge('416-bis.1')).toEqual({ weight: 2, collegial: true });
  });
});
