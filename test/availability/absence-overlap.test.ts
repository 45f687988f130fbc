import { describe, expect, it } from 'vitest';
import {
  findOverlaps,
  formatAbsenceConflict,
  planAbsenceDeclaration,
  type AbsenceDraft,
  type AbsencePlan,
} from '../../src/availability/absence-overlap.ts';
import { absence } from './fixtures.ts';

const ferie = absence('ferie', '2027-03-03', '2027-03-07', { id: 'f1' });
const congedo = absence('congedo', '2027-03-09', '2027-03-09', { id: 'c1' });
const existing = [
  ferie,
  congedo,
  absence('malattia', '2027-03-01', '2027-03-10', { id: 'x-cancelled', status: 'cancelled' }),
  absence('ferie', '2027-03-01', '2027-03-31', { id: 'x-bianchi', magistrateId: 'bianchi' }),
];

function draft(type: AbsenceDraft['type'], from: string, to: string): AbsenceDraft {
  return { magistrateId: 'rossi', type, from, to };
}

function asConflict(plan: AbsencePlan): Extract<AbsencePlan, { kind: 'conflict' }> {
  if (plan.kind !== 'conflict') throw new Error(`expected a conflict, got ${plan.kind}`);
  return plan;
}

describe('findOverlaps: only active absences of the same magistrate', () => {
  it.each([
    ['2027-03-01', '2027-03-02', []],
    ['2027-03-07', '2027-03-08', ['f1']],
    ['2027-03-05', '2027-03-12', ['f1', 'c1']],
    ['2027-03-10', '2027-03-31', []],
    ['2027-03-04', '2027-03-05', ['f1']],
  ])('%s..%s overlaps %o', (from, to, ids) => {
    expect(findOverlaps(existing, draft('ferie', from, to)).map((a) => a.id)).toEqual(ids);
  });
});

describe('planAbsenceDeclaration', () => {
  it.each([
    ['clean: no overlap, not adjacent', draft('malattia', '2027-03-15', '2027-03-19'), true, { kind: 'create', from: '2027-03-15', to: '2027-03-19' }],
    ['adjacent of another type: create beside it', draft('malattia', '2027-03-08', '2027-03-08'), true, { kind: 'create', from: '2027-03-08', to: '2027-03-08' }],
    ['adjacent same type, merging not chosen: create', draft('ferie', '2027-02-26', '2027-03-02'), false, { kind: 'create', from: '2027-02-26', to: '2027-03-02' }],
    ['adjacent same type, merging chosen: merge', draft('ferie', '2027-02-26', '2027-03-02'), true, { kind: 'merge', absorbed: ['f1'], from: '2027-02-26', to: '2027-03-07' }],
    ['overlapping same type, merging chosen: merge', draft('ferie', '2027-03-05', '2027-03-08'), true, { kind: 'merge', absorbed: ['f1'], from: '2027-03-03', to: '2027-03-08' }],
    ['inside one of the same type, merging chosen: merge into it', draft('ferie', '2027-03-04', '2027-03-05'), true, { kind: 'merge', absorbed: ['f1'], from: '2027-03-03', to: '2027-03-07' }],
    ['adjacent to one of the same type and one of another: absorbs only the same type', draft('congedo', '2027-03-08', '2027-03-08'), true, { kind: 'merge', absorbed: ['c1'], from: '2027-03-08', to: '2027-03-09' }],
  ] as const)('%s', (_, request, mergeSameType, expected) => {
    expect(planAbsenceDeclaration(existing, request, { mergeSameType })).toEqual(expected);
  });

  it('violating: overlapping same type without merging is a conflict, mergeable', () => {
    const plan = asConflict(planAbsenceDeclaration(existing, draft('ferie', '2027-03-05', '2027-03-08'), { mergeSameType: false }));
    expect(plan.mergeable).toBe(true);
    expect(plan.conflicts).toEqual([{ absence: ferie, from: '2027-03-05', to: '2027-03-07' }]);
  });

  it('violating: overlapping another type is a conflict even when merging was chosen', () => {
    const plan = asConflict(planAbsenceDeclaration(existing, draft('malattia', '2027-03-06', '2027-03-12'), { mergeSameType: true }));
    expect(plan.mergeable).toBe(false);
    expect(plan.conflicts).toEqual([
      { absence: ferie, from: '2027-03-06', to: '2027-03-07' },
      { absence: congedo, from: '2027-03-09', to: '2027-03-09' },
    ]);
  });

  it('violating: overlapping one of the same type and one of another type is a conflict, not mergeable', () => {
    const plan = asConflict(planAbsenceDeclaration(existing, draft('ferie', '2027-03-06', '2027-03-09'), { mergeSameType: true }));
    expect(plan.mergeable).toBe(false);
    expect(plan.conflicts.map((c) => c.absence.id)).toEqual(['f1', 'c1']);
  });

  it('merges transitively: an absorbed absence that touches another of the same type takes it along', () => {
    const chain = [absence('ferie', '2027-05-01', '2027-05-05', { id: 'p1' }), absence('ferie', '2027-05-06', '2027-05-10', { id: 'p2' })];
    expect(planAbsenceDeclaration(chain, draft('ferie', '2027-04-28', '2027-05-02'), { mergeSameType: true })).toEqual({
      kind: 'merge',
      absorbed: ['p1', 'p2'],
      from: '2027-04-28',
      to: '2027-05-10',
    });
  });

  it('bridges two absences of the same type into one', () => {
    const gap = [absence('ferie', '2027-05-01', '2027-05-05', { id: 'p1' }), absence('ferie', '2027-05-08', '2027-05-10', { id: 'p3' })];
    expect(planAbsenceDeclaration(gap, draft('ferie', '2027-05-06', '2027-05-07'), { mergeSameType: true })).toEqual({
      kind: 'merge',
      absorbed: ['p1', 'p3'],
      from: '2027-05-01',
      to: '2027-05-10',
    });
  });

  it('refuses a reversed request: a broken contract', () => {
    expect(() => planAbsenceDeclaration(existing, draft('ferie', '2027-03-09', '2027-03-01'), { mergeSameType: true })).toThrow(RangeError);
  });
});

describe('formatAbsenceConflict', () => {
  it('names the existing absence, the request and the shared days, and offers merging', () => {
    const request = draft('ferie', '2027-03-05', '2027-03-10');
    const plan = asConflict(planAbsenceDeclaration([ferie], request, { mergeSameType: false }));
    expect(formatAbsenceConflict(plan, request)).toBe(
      'Hai già ferie dal 3 al 7 marzo 2027: la nuova assenza (dal 5 al 10 marzo 2027) si sovrappone dal 5 al 7 marzo 2027. ' +
        'Posso unire i periodi in uno solo, oppure puoi correggere le date.',
    );
  });

  it('lists several conflicts and speaks of someone else when asked', () => {
    const request = draft('malattia', '2027-03-06', '2027-03-12');
    const plan = asConflict(planAbsenceDeclaration(existing, request, { mergeSameType: true }));
    expect(formatAbsenceConflict(plan, request, 'Mario Rossi')).toBe(
      'Mario Rossi ha già ferie dal 3 al 7 marzo 2027 e un congedo il 9 marzo 2027: ' +
        'la nuova assenza (dal 6 al 12 marzo 2027) si sovrappone dal 6 al 7 marzo 2027 e il 9 marzo 2027. ' +
        "Correggi le date, oppure annulla prima l'assenza già registrata.",
    );
  });
});
