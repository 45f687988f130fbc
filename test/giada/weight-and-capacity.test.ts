import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOfficeConfigText } from '../../src/domain/parse-office-config.ts';
import { computePanelCapacity } from '../../src/giada/capacity.ts';
import { listCandidates } from '../../src/giada/candidates.ts';
import { isCollegialCase, listCompetentCandidates } from '../../src/giada/competence.ts';
import { classifyWeight } from '../../src/giada/weight-class.ts';
import { computeWeight, describeWeight } from '../../src/giada/weight.ts';
import { makeSetup } from './fixtures.ts';

function demo() {
  const parsed = parseOfficeConfigText(readFileSync(new URL('../../data/demo/tribunale-napoli.json', import.meta.url), 'utf8'));
  if (!parsed.ok || !parsed.value.giada) throw new Error('demo non valida');
  return parsed.value.giada;
}

describe('weight', () => {
  const scoring = demo().weightScoring;
  it.each([
    // The seed's example: 1 free defendant and 1 charge fall in class I (0–2).
    { defendants: [false], charges: ['624 c.p.'], weight: 2, klass: 'I' },
    { defendants: [true], charges: ['624 c.p.'], weight: 3, klass: 'II' },
    { defendants: [false, true], charges: ['624 c.p.', '640 c.p.'], weight: 5, klass: 'II' },
    // Listed offences score their own points, longest prefix first (416-bis is not 416).
    { defendants: [true], charges: ['416-bis c.p.'], weight: 8, klass: 'III' },
    { defendants: [false], charges: ['416 c.p.', '74 d.P.R. 309/1990'], weight: 11, klass: 'III' },
    { defendants: [true, true, true], charges: ['416-bis c.p.', '74 d.P.R. 309/1990'], weight: 18, klass: 'IV' },
  ])('$defendants / $charges → weight $weight, class $klass', ({ defendants, charges, weight, klass }) => {
    const w = computeWeight({ defendants: defendants.map((detained) => ({ detained })), charges: charges.map((code) => ({ code })) }, scoring);
    expect(w.value).toBe(weight);
    expect(classifyWeight(w.value, demo().weightClasses).weightClass.id).toBe(klass);
  });

  it('says in Italian where the points come from', () => {
    const w = computeWeight({ defendants: [{ detained: false }, { detained: true }], charges: [{ code: '416-bis c.p.' }] }, scoring);
    expect(describeWeight(w)).toBe('1 imputato libero: 1; 1 imputato detenuto: 2; 1 imputazione per associazione di tipo mafioso: 6');
  });
});

describe('panel capacity', () => {
  it('is the sum over members of collegial capacity / panels they sit on (demo: 1A 250, 1B 200, 2A 300, 7A 250)', () => {
    const g = demo();
    const byId = Object.fromEntries(g.panels.map((p) => [p.id, computePanelCapacity(p, g.judges, g.panels).capacity]));
    expect(byId).toEqual({ 'collegio-1a': 250, 'collegio-1b': 200, 'collegio-2a': 300, 'collegio-7a': 250 });
  });

  it('splits a member over three panels in thirds', () => {
    const setup = makeSetup({
      judges: [{ id: 'a' }, { id: 'b' }, { id: 'c', collegial: 60 }, { id: 'd' }, { id: 'e' }, { id: 'f' }, { id: 'g' }],
      panels: [{ id: 'p1', members: ['a', 'b', 'c'] }, { id: 'p2', members: ['c', 'd', 'e'] }, { id: 'p3', members: ['c', 'f', 'g'] }],
    });
    const { capacity, shares } = computePanelCapacity(setup.giada.panels[0]!, setup.giada.judges, setup.giada.panels);
    expect(shares.find((s) => s.judgeId === 'c')).toMatchObject({ panels: 3, share: 20 });
    expect(capacity).toBe(220);
  });
});

describe('competence', () => {
  const setup = makeSetup({ judges: [{ id: 'a' }, { id: 'b', sections: ['s2'] }, { id: 'c', sections: ['s1', 's2'] }, { id: 'z', capacity: 0 }], panels: [{ id: 'p1', members: ['a', 'b', 'c'], section: 's2' }] });
  const candidates = listCandidates(setup.giada);
  const matter = (id: string) => setup.giada.subjectMatters.find((m) => m.id === id)!;

  it('sends a specialised matter to its sections only, and spreads the others over all', () => {
    expect(listCompetentCandidates(candidates, matter('pa'), false).map((c) => c.id)).toEqual(['b', 'c']);
    expect(listCompetentCandidates(candidates, matter('comune'), false).map((c) => c.id)).toEqual(['a', 'b', 'c']);
  });

  it('leaves out a judge with no monocratic capacity, and gives collegial trials to panels', () => {
    expect(listCompetentCandidates(candidates, matter('comune'), true).map((c) => c.id)).toEqual(['p1']);
  });

  it('makes a trial collegial by its charges, never a citazione diretta', () => {
    expect(isCollegialCase({ type: 'rinvio_a_giudizio', charges: [{ code: '416-bis c.p.' }] }, setup.giada)).toBe(true);
    expect(isCollegialCase({ type: 'rinvio_a_giudizio', charges: [{ code: '624 c.p.' }] }, setup.giada)).toBe(false);
    expect(isCollegialCase({ type: 'citazione_diretta', charges: [{ code: '416 c.p.' }] }, setup.giada)).toBe(false);
  });
});
