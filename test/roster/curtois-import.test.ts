import { describe, expect, it } from 'vitest';
import { evaluateCurtois } from '../../src/roster/curtois/evaluate.ts';
import { parseCurtois } from '../../src/roster/curtois/parse.ts';
import { createEmptyRoster } from '../../src/roster/roster.ts';
import { scoreRoster } from '../../src/roster/score.ts';
import { loadCurtois, readFixture, tinyInstance } from './helpers.ts';

describe('Curtois importer', () => {
  it('reads Instance1 (CRLF, comments, sections)', () => {
    const { instance, model } = loadCurtois(readFixture('Instance1.txt'), 'Instance1');
    expect(instance.horizon).toBe(14);
    expect(instance.staff).toHaveLength(8);
    expect(model.shifts.map((s) => s.id)).toEqual(['D']);
    expect(model.cover).toHaveLength(14);
    expect(model.weekends).toEqual([[5, 6], [12, 13]]);
    expect(model.people[0]).toMatchObject({ id: 'A', minMinutes: 3360, maxMinutes: 4320, maxConsecutive: 5, unavailable: [0] });
  });

  it('parses forbidden successors and the trailing comma of an empty list', () => {
    const { model } = loadCurtois(readFixture('Instance2.txt'));
    expect(model.shifts.map((s) => [s.id, s.forbiddenNext])).toEqual([['E', []], ['L', [0]]]);
  });

  it('scores an empty roster of Instance1 at 7137, infeasible by minimum total minutes', () => {
    const { instance, model } = loadCurtois(readFixture('Instance1.txt'), 'Instance1');
    const independent = evaluateCurtois(instance, []);
    expect(independent.objective).toBe(7137);
    expect(independent.feasible).toBe(false);
    expect(new Set(independent.violations.map((v) => v.constraint))).toEqual(new Set(['min-total-minutes']));
    const score = scoreRoster(model, createEmptyRoster(model));
    expect(score.objective).toBe(7137);
    expect(score.feasible).toBe(false);
    expect(new Set(score.hardViolations.map((v) => v.rule))).toEqual(new Set(['total-minutes']));
  });

  it('reports format errors as data', () => {
    const bad = tinyInstance('A,D=14|N=14,4320,0,5,1,1,2').replace('SECTION_HORIZON\r\n14', 'SECTION_HORIZON\r\ndue');
    expect(parseCurtois(bad, 'x')).toEqual({ ok: false, error: { code: 'bad-number', line: 3, detail: 'due' } });
    const missing = tinyInstance('A,D=14|N=14,4320,0,5,1,1,2').replace('SECTION_COVER', 'SECTION_OTHER');
    expect(parseCurtois(missing, 'x')).toMatchObject({ ok: false, error: { code: 'missing-section', detail: 'SECTION_COVER' } });
  });
});
