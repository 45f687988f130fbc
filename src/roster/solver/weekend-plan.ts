import type { Highs } from 'highs';
import { NOT_FIXED, type Problem } from './problem.ts';

/**
 * Weekends first. Where each person may work only a few weekends, the weekends decide the cover: on
 * Instance13 the 120 staff may work 250 weekends in all (2 or 3 each) against the 251 the cover needs,
 * so every short slot of the group re-plans' rosters lay on a weekend day, left open by people working
 * one day of a weekend. Re-plans on windows of days cannot join a weekend: that moves weekdays they do
 * not free. So the weekend days are planned first, for everyone at once, by a compact MIP on those days
 * alone (who works which weekend, whole, and which shift type each day; cover, requests, per-type maxima,
 * successions within the weekend), and the search then fills the weekdays around the plan (pinned) before
 * the plan itself is freed. Given 10 s or more (`CLAIMS_MIN_SECONDS`), and unless the column phase is to plan the weekdays
 * around it (`solve.ts`, which then needs those seconds), the plan also counts what it takes from the
 * weekdays' on-requests (`weekdayClaims`): a weekend turn of a type whose maximum the person's weekday requests for
 * it already fill, or weekend minutes the requested weekday minutes leave no room for, costs at least a request. In a 60 s Instance13 roster before that,
 * 96 of the 105 unmet on-requests blocked by a maximum of their type were by a person who worked that type on a
 * weekend.
 *
 * Measured on Instance13 (60 s): see src/roster/README.md, sessions 14 and 15.
 */

/**
 * Least seconds the plan may take for it to count the weekdays' claims. With them the MIP is slower to find good
 * plans: on Instance13 it is proved in about 10 s, but cut at 2 s its plan left 481 weekend slots short and at 4 s 24,
 * against 11 (without them, cut at 2 s: 35-36). At 10 s and 20 s of budget (a plan of 2 and 4 s) the search then ended
 * at 17902 and 10428, against 3913 and 3257 without. Solving without them first and then with them from that plan
 * (12 s in all at 60 s) gave no gain: seeds 9-16, mean 1991. On a loaded machine a 60 s solve may cut the plan too.
 */
const CLAIMS_MIN_SECONDS = 10;

/** The MIP is left out when it would have more cells than this (the scale family's 150 × 104 × 32). */
const MAX_PLAN_COLUMNS = 40_000;

interface Entries { indices: number[]; values: number[] }

/** Weekend days by weekend, from the problem's weekend index. */
function weekendDays(pr: Problem): number[][] {
  const days: number[][] = Array.from({ length: pr.weekends }, () => []);
  for (let d = 0; d < pr.D; d++) if (pr.weekendOf[d]! >= 0) days[pr.weekendOf[d]!]!.push(d);
  return days;
}

/**
 * What person p's on-requests on weekdays claim of their maxima: per shift type, how many ask for it and the least
 * weight among them; over all, how many, their minutes, the longest shift asked and the least weight. A plan that
 * leaves less than that leaves at least the excess unmet: per type, the weekend turns beyond the maximum less the
 * requests; over all, the weekend minutes beyond the maximum less the requested minutes, over the longest shift.
 * Each alone is a lower bound on the requests the plan costs; together they may count one request twice (a turn of
 * a full type that also overruns the minutes), an estimate the measurements kept.
 */
interface Claims {
  types: { count: number; weight: number }[];
  count: number;
  minutes: number;
  longest: number;
  weight: number;
}

/** No claims: what the plan counts when it leaves them out. */
function noClaims(S: number): Claims {
  const types = Array.from({ length: S }, () => ({ count: 0, weight: Infinity }));
  return { types, count: 0, minutes: 0, longest: 0, weight: Infinity };
}

function weekdayClaims(pr: Problem, p: number): Claims {
  const { D, S } = pr;
  const claims = noClaims(S);
  if (!pr.hasRequests) return claims;
  for (let d = 0; d < D; d++) {
    const i = p * D + d;
    if (pr.weekendOf[d]! >= 0 || pr.unavailable[i]) continue;
    const base = i * (S + 1);
    let wanted = -1;
    for (let s = 0; s < S; s++) {
      if (pr.eligible[p * S + s] && pr.cellCost[base + s + 1]! < pr.cellCost[base + wanted + 1]!) wanted = s;
    }
    if (wanted < 0) continue;
    const weight = pr.cellCost[base]! - pr.cellCost[base + wanted + 1]!;
    const t = claims.types[wanted]!;
    t.count++;
    t.weight = Math.min(t.weight, weight);
    claims.count++;
    claims.minutes += pr.minutes[wanted]!;
    claims.longest = Math.max(claims.longest, pr.minutes[wanted]!);
    claims.weight = Math.min(claims.weight, weight);
  }
  return claims;
}

/** Whether a weekend plan is worth making: a weekend limit binds someone and the MIP stays small. */
export function plansWeekends(pr: Problem): boolean {
  if (pr.weekends === 0 || !pr.maxWeekends.some((max) => max < pr.weekends)) return false;
  const cells = weekendDays(pr).reduce((n, days) => n + days.length, 0);
  return pr.P * cells * pr.S <= MAX_PLAN_COLUMNS;
}

/**
 * Every weekend day's value for every person (−1 off), planned as described above, or null when HiGHS finds
 * no plan within `seconds`. Days a person cannot work, or that are pinned, keep what they are. `claims: false`
 * leaves the weekdays' claims out whatever the time (the column phase on the pinned problem needs the seconds
 * they cost, and prices the weekdays itself).
 */
export function planWeekends(highs: Highs, pr: Problem, seconds: number, options: { claims?: boolean } = {}): Int16Array | null {
  const { P, D, S } = pr;
  const model = highs.createModel();
  try {
    model.options.set({ output_flag: false, time_limit: Math.max(0.1, seconds), mip_rel_gap: 0 });
    let cols = 0;
    const integer: number[] = [];
    const addCol = (cost: number, upper: number, isInteger: boolean): number => {
      model.addCol(cost, 0, upper, { indices: [], values: [] });
      if (isInteger) integer.push(cols);
      return cols++;
    };
    const addRow = (lower: number, upper: number, e: Entries) => { if (e.indices.length > 0) model.addRow(lower, upper, e); };
    const claiming = (options.claims ?? true) && seconds >= CLAIMS_MIN_SECONDS;
    const none = noClaims(S);
    const weekends = weekendDays(pr);
    const x = new Int32Array(P * D * S).fill(-1);
    for (let p = 0; p < P; p++) {
      const claims = claiming ? weekdayClaims(pr, p) : none;
      const worked: number[] = [];
      for (const days of weekends) {
        const z = addCol(0, 1, true);
        worked.push(z);
        // A whole weekend where every day of it is open to the person and a run that long is allowed.
        const whole = days.length <= pr.maxConsecutive[p]! && days.every((d) => !pr.unavailable[p * D + d] && pr.fixed[p * D + d] === NOT_FIXED);
        for (const d of days) {
          const i = p * D + d;
          const e: Entries = { indices: [], values: [] };
          if (!pr.unavailable[i] && pr.fixed[i] !== -1) {
            for (const s of pr.domain[p]!) {
              if (pr.fixed[i] !== NOT_FIXED && pr.fixed[i] !== s) continue;
              const base = i * (S + 1);
              const cost = (pr.hasRequests ? pr.cellCost[base + s + 1]! - pr.cellCost[base]! : 0) + pr.shiftCost[s]!;
              const j = addCol(cost, 1, true);
              x[i * S + s] = j;
              e.indices.push(j);
              e.values.push(1);
            }
          }
          e.indices.push(z);
          e.values.push(-1);
          addRow(whole ? 0 : Number.NEGATIVE_INFINITY, 0, e);
        }
        for (let k = 0; k + 1 < days.length; k++) {
          for (let a = 0; a < S; a++) {
            const ja = x[(p * D + days[k]!) * S + a]!;
            if (ja < 0) continue;
            const e: Entries = { indices: [ja], values: [1] };
            for (let c = 0; c < S; c++) {
              const jc = x[(p * D + days[k + 1]!) * S + c]!;
              if (jc >= 0 && pr.forbidden[a * S + c]) { e.indices.push(jc); e.values.push(1); }
            }
            if (e.indices.length > 1) addRow(Number.NEGATIVE_INFINITY, 1, e);
          }
        }
      }
      addRow(Number.NEGATIVE_INFINITY, pr.maxWeekends[p]!, { indices: worked, values: worked.map(() => 1) });
      const minutes: Entries = { indices: [], values: [] };
      for (let s = 0; s < S; s++) {
        const e: Entries = { indices: [], values: [] };
        for (const days of weekends) {
          for (const d of days) {
            const j = x[(p * D + d) * S + s]!;
            if (j >= 0) { e.indices.push(j); e.values.push(1); minutes.indices.push(j); minutes.values.push(pr.minutes[s]!); }
          }
        }
        if (e.indices.length > pr.maxShifts[p * S + s]!) addRow(Number.NEGATIVE_INFINITY, pr.maxShifts[p * S + s]!, e);
        const claim = claims.types[s]!;
        if (claim.count > 0 && e.indices.length > 0 && pr.maxShifts[p * S + s]! < D) {
          // Weekend turns of s beyond what the weekday requests for s leave of the maximum: each costs a request.
          e.indices.push(addCol(claim.weight, claim.count, false));
          e.values.push(-1);
          addRow(Number.NEGATIVE_INFINITY, pr.maxShifts[p * S + s]! - claim.count, e);
        }
      }
      addRow(Number.NEGATIVE_INFINITY, Math.min(pr.maxMinutes[p]!, 1e9), minutes);
      if (claims.count > 0 && pr.maxMinutes[p]! < 1e9 && minutes.indices.length > 0) {
        // Weekend minutes beyond what the weekday requests leave of the maximum: a request per longest shift at least.
        const excess = addCol(claims.weight, claims.count, false);
        const m: Entries = { indices: [...minutes.indices, excess], values: [...minutes.values, -claims.longest] };
        addRow(Number.NEGATIVE_INFINITY, pr.maxMinutes[p]! - claims.minutes, m);
      }
    }
    for (const days of weekends) {
      for (const d of days) {
        for (let s = 0; s < S; s++) {
          const k = d * S + s;
          if (!(pr.coverUnder[k]! > 0 || pr.coverOver[k]! > 0)) continue;
          const e: Entries = { indices: [], values: [] };
          for (let p = 0; p < P; p++) {
            const j = x[(p * D + d) * S + s]!;
            if (j >= 0) { e.indices.push(j); e.values.push(1); }
          }
          e.indices.push(addCol(pr.coverUnder[k]!, Number.POSITIVE_INFINITY, false), addCol(pr.coverOver[k]!, Number.POSITIVE_INFINITY, false));
          e.values.push(1, -1);
          addRow(pr.coverTarget[k]!, pr.coverTarget[k]!, e);
        }
      }
    }
    model.changeColsIntegrality({ kind: 'set', indices: Int32Array.from(integer) }, new Int32Array(integer.length).fill(1));
    model.run();
    const value = model.getSolution().colValue;
    if (!value || value.length < cols || Number(model.info.get('primal_solution_status')) !== 2) return null;
    const plan = new Int16Array(P * D).fill(-1);
    for (let i = 0; i < P * D; i++) for (let s = 0; s < S; s++) if (x[i * S + s]! >= 0 && value[x[i * S + s]!]! > 0.5) plan[i] = s;
    return plan;
  } finally {
    model.dispose();
  }
}

/** The problem with every weekend day pinned to the plan (days a person cannot work, or already pinned, as they were). */
export function pinWeekends(pr: Problem, plan: Int16Array): Problem {
  const fixed = pr.fixed.slice();
  for (let p = 0; p < pr.P; p++) {
    for (let d = 0; d < pr.D; d++) {
      const i = p * pr.D + d;
      if (pr.weekendOf[d]! >= 0 && !pr.unavailable[i] && fixed[i] === NOT_FIXED) fixed[i] = plan[i]!;
    }
  }
  return { ...pr, fixed };
}
