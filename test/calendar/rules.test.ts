import { describe, expect, it } from 'vitest';
import type { Assignment } from '../../src/calendar/assignment.ts';
import { rulesOf } from '../../src/calendar/rules/index.ts';
import type { CalendarRule } from '../../src/calendar/rules/rule.ts';
import { absence, decemberContext, smallOffice } from './fixtures.ts';

const a = (service: string, from: string, magistrateId: string): Assignment => ({ slotId: `${service}@${from}`, magistrateId });

/** The rule object with this id, as the office's rules build it: tests are tied to the object, not a name. */
function ruleFor(ctx: ReturnType<typeof decemberContext>, id: string): CalendarRule {
  const rule = rulesOf(ctx).find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule;
}

describe('built-in rules', () => {
  it('coverage: an uncovered slot costs 100 per missing magistrate and says so; a full one costs nothing', () => {
    const ctx = decemberContext();
    const rule = ruleFor(ctx, 'copertura');
    const full = ctx.slots.map((s) => a(s.serviceId, s.from, 'rossi-mario'));
    expect(rule.check(ctx, full)).toEqual([]);
    const missing = full.filter((x) => x.slotId !== 'arrestati@2026-12-12');
    const violations = rule.check(ctx, missing);
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ penalty: 100, message: '"Turno arrestati" il 12 dicembre 2026 è scoperto: manca un magistrato su 1.' });
  });

  it('eligibility and availability: wrong role, explicit exclusion, absence', () => {
    const ctx = decemberContext(smallOffice(), [absence('bianchi-luca', '2026-12-10', '2026-12-11')]);
    const rule = ruleFor(ctx, 'idoneita-disponibilita');
    expect(rule.check(ctx, [a('arrestati', '2026-12-10', 'rossi-mario'), a('udienza', '2026-12-10', 'russo-sara')])).toEqual([]);
    const messages = rule.check(ctx, [
      a('arrestati', '2026-12-10', 'verdi-anna'),
      a('udienza', '2026-12-10', 'greco-paolo'),
      a('arrestati', '2026-12-11', 'bianchi-luca'),
      a('festivo', '2026-12-12', 'bianchi-luca'),
    ]).map((v) => v.message);
    expect(messages).toEqual([
      'Anna Verdi non può svolgere "Turno arrestati" il 10 dicembre 2026: il servizio "Turno arrestati" non spetta a chi è procuratore della Repubblica.',
      'Paolo Greco non può svolgere "Udienza monocratica" il 10 dicembre 2026: escluso espressamente dal servizio "Udienza monocratica".',
      'Luca Bianchi non è disponibile per "Turno arrestati" l\'11 dicembre 2026 (assenza o fuori dal periodo di servizio).',
      'Luca Bianchi non può svolgere "Turno festivo" dal 12 al 13 dicembre 2026: il servizio "Turno festivo" non spetta a chi è sostituto procuratore.',
    ]);
  });
});

describe('configured rules', () => {
  it('exclusion same_day: arrestati and a hearing on one day', () => {
    const ctx = decemberContext(smallOffice({ rules: [{ id: 'no-arrestati-udienza', type: 'exclusion', services: ['arrestati', 'udienza'], mode: 'same_day' }] }));
    const rule = ruleFor(ctx, 'no-arrestati-udienza');
    expect(rule.check(ctx, [a('arrestati', '2026-12-10', 'rossi-mario'), a('udienza', '2026-12-15', 'rossi-mario')])).toEqual([]);
    const [v] = rule.check(ctx, [a('arrestati', '2026-12-10', 'rossi-mario'), a('udienza', '2026-12-10', 'rossi-mario')]);
    expect(v).toMatchObject({ level: 'hard', penalty: 1000, message: 'Mario Rossi ha "Turno arrestati" e "Udienza monocratica" lo stesso giorno (10 dicembre 2026).' });
  });

  it('exclusion consecutive_days: two on-call weeks back to back', () => {
    const ctx = decemberContext(smallOffice({ rules: [{ id: 'no-rep-consecutive', type: 'exclusion', services: ['reperibilita', 'reperibilita'], mode: 'consecutive_days', level: 'soft', weight: 50 }] }));
    const rule = ruleFor(ctx, 'no-rep-consecutive');
    expect(rule.check(ctx, [a('reperibilita', '2026-12-07', 'rossi-mario'), a('reperibilita', '2026-12-21', 'rossi-mario')])).toEqual([]);
    const [v] = rule.check(ctx, [a('reperibilita', '2026-12-07', 'rossi-mario'), a('reperibilita', '2026-12-14', 'rossi-mario')]);
    expect(v).toMatchObject({ level: 'soft', penalty: 50, message: 'Mario Rossi ha due turni di "Reperibilità" in giorni consecutivi (7 dicembre 2026 e 14 dicembre 2026).' });
  });

  it('exclusion within_days: the penalty grows with the breach', () => {
    const ctx = decemberContext(smallOffice({ rules: [{ id: 'arrestati-distanti', type: 'exclusion', services: ['arrestati', 'arrestati'], mode: 'within_days', days: 5, level: 'soft', weight: 10 }] }));
    const rule = ruleFor(ctx, 'arrestati-distanti');
    expect(rule.check(ctx, [a('arrestati', '2026-12-01', 'rossi-mario'), a('arrestati', '2026-12-07', 'rossi-mario')])).toEqual([]);
    const near = rule.check(ctx, [a('arrestati', '2026-12-01', 'rossi-mario'), a('arrestati', '2026-12-03', 'rossi-mario')]);
    const nearer = rule.check(ctx, [a('arrestati', '2026-12-01', 'rossi-mario'), a('arrestati', '2026-12-02', 'rossi-mario')]);
    expect(near[0]!.penalty).toBe(40);
    expect(nearer[0]!.penalty).toBe(50);
    expect(near[0]!.message).toBe('Mario Rossi ha due turni di "Turno arrestati" a 2 giorni di distanza (1° dicembre 2026 e 3 dicembre 2026): ne servono più di 5.');
  });

  it('dependency: the weekend festive turn implies that week\'s on-call duty', () => {
    const ctx = decemberContext(smallOffice({ rules: [{ id: 'festivo-reperibile', type: 'dependency', service: 'festivo', then: 'reperibilita', offsetDays: 0 }] }));
    const rule = ruleFor(ctx, 'festivo-reperibile');
    expect(rule.check(ctx, [a('festivo', '2026-12-12', 'rossi-mario'), a('reperibilita', '2026-12-07', 'rossi-mario')])).toEqual([]);
    const violations = rule.check(ctx, [a('festivo', '2026-12-12', 'rossi-mario'), a('reperibilita', '2026-12-07', 'bianchi-luca')]);
    expect(violations.map((v) => v.message)).toEqual(['Mario Rossi ha "Turno festivo" dal 12 al 13 dicembre 2026 ma non "Reperibilità" dal 7 al 13 dicembre 2026: chi ha il primo deve avere anche il secondo.']);
  });

  it('limit: soft then hard maximum per month, costs growing linearly', () => {
    const ctx = decemberContext(smallOffice({ rules: [{ id: 'max-arrestati', type: 'limit', service: 'arrestati', per: 'month', softMax: 2, hardMax: 3, weight: 20 }] }));
    const rule = ruleFor(ctx, 'max-arrestati');
    const turns = (n: number) => Array.from({ length: n }, (_, i) => a('arrestati', `2026-12-${String(i * 7 + 1).padStart(2, '0')}`, 'rossi-mario'));
    expect(rule.check(ctx, turns(2))).toEqual([]);
    expect(rule.check(ctx, turns(3))).toMatchObject([{ level: 'soft', penalty: 20 }]);
    const four = rule.check(ctx, turns(4));
    expect(four).toMatchObject([{ level: 'hard', penalty: 1020, message: 'Mario Rossi ha 4 turni di "Turno arrestati" dal 1° al 31 dicembre 2026: il massimo inderogabile è 3.' }]);
  });

  it('limit: a minimum binds only eligible magistrates over whole buckets', () => {
    const ctx = decemberContext(smallOffice({ rules: [{ id: 'min-udienze', type: 'limit', service: 'udienza', per: 'month', softMin: 1, weight: 5 }] }));
    const rule = ruleFor(ctx, 'min-udienze');
    const all = ['rossi-mario', 'bianchi-luca', 'russo-sara'].map((m, i) => a('udienza', ['2026-12-01', '2026-12-03', '2026-12-10'][i]!, m));
    expect(rule.check(ctx, all)).toEqual([]);
    expect(rule.check(ctx, all.slice(1)).map((v) => v.magistrateIds)).toEqual([['rossi-mario']]);
  });

  it('limit: a minimum asks nothing of someone absent for every duty of the bucket, and still binds after a partial absence', () => {
    const config = smallOffice({ rules: [{ id: 'min-udienze', type: 'limit', service: 'udienza', per: 'month', softMin: 1, weight: 5 }] });
    const others = ['bianchi-luca', 'russo-sara'].map((m, i) => a('udienza', ['2026-12-03', '2026-12-10'][i]!, m));
    const away = decemberContext(config, [absence('rossi-mario', '2026-12-01', '2026-12-31')]);
    expect(ruleFor(away, 'min-udienze').check(away, others)).toEqual([]);
    const partly = decemberContext(config, [absence('rossi-mario', '2026-12-01', '2026-12-20')]);
    expect(ruleFor(partly, 'min-udienze').check(partly, others).map((v) => v.message)).toEqual(['Mario Rossi ha 0 turni di "Udienza monocratica" dal 1° al 31 dicembre 2026: il minimo raccomandato è 1.']);
  });

  it('min_gap: two duties of one service too close', () => {
    const ctx = decemberContext(smallOffice({ rules: [{ id: 'gap-arrestati', type: 'min_gap', service: 'arrestati', days: 4, level: 'soft', weight: 3 }] }));
    const rule = ruleFor(ctx, 'gap-arrestati');
    expect(rule.check(ctx, [a('arrestati', '2026-12-01', 'rossi-mario'), a('arrestati', '2026-12-05', 'rossi-mario')])).toEqual([]);
    expect(rule.check(ctx, [a('arrestati', '2026-12-01', 'rossi-mario'), a('arrestati', '2026-12-03', 'rossi-mario')])).toMatchObject([{ penalty: 6 }]);
  });
});
