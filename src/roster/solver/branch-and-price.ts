import { generate, type PricingBudget } from './column-pricing.ts';
import { banCell, pinCell, releaseColumns, type Master } from './master.ts';
import type { RowMove } from './row-move.ts';

/**
 * Branch-and-price over cells (a node's bound is its LP objective when pricing is exact, a Lagrangian bound below
 * it after surcharged pricing: sound either way, weaker in the second; see `Generated.lowerBound`):
 * each node is the master under a set of decisions "person p takes value v on day d" (a pin) or
 * "does not" (a ban), solved by column generation to optimality; a node whose LP cannot beat the
 * best roster by a whole point (the objective is integral) is cut off. The node branches on the
 * cell whose fractional LP share is nearest one half: the child following the LP's preference is solved next
 * (plunging to rosters quickly), the other waits in a list from which the lowest bound is taken when
 * a plunge ends. Every node's LP also yields a roster by taking each person's leading column, which is
 * always valid (every column keeps the hard rules; cover is soft), and is scored as a candidate.
 * Where the dives stop 1–3 points above an LP bound 1–2 points below the optimum (Instances 5, 6),
 * the dives never come back to a decision; this search does.
 */
export interface Decision {
  p: number;
  d: number;
  v: number;
  pin: boolean;
}

interface OpenNode {
  decisions: Decision[];
  /** The parent's lower bound (its LP objective when pricing is exact): a lower bound for the node. */
  bound: number;
}

export interface TreeResult {
  /** The best roster found, when it beats the incumbent score given; else null. */
  cells: Int16Array | null;
  score: number;
  nodes: number;
  /** Whether the whole tree was searched (the best score is then optimal). */
  complete: boolean;
}

/**
 * How much less than the best score a bound must allow for a node to be worth searching: just under one point
 * when every cost is a whole number (rosters then score whole numbers), else a rounding margin.
 */
export function improvementStep(m: Master): number {
  const whole = (a: Float64Array) => a.every((x) => !Number.isFinite(x) || Number.isInteger(x));
  return whole(m.pr.cellCost) && whole(m.pr.coverUnder) && whole(m.pr.coverOver) ? 1 - 1e-6 : 1e-6;
}

/**
 * Sets the master to a node from the one it holds (`held`): a plunge's child adds one decision to its parent's, so
 * only that one is applied; another node has every pin and ban lifted and its own applied.
 */
function applyDecisions(m: Master, held: Decision[], decisions: Decision[]): void {
  const child = decisions.length === held.length + 1 && held.every((c, i) => c === decisions[i]);
  if (!child) releaseColumns(m);
  for (const c of child ? decisions.slice(held.length) : decisions) (c.pin ? pinCell : banCell)(m, c.p, c.d, c.v);
}

/**
 * The cell to branch on: the (person, day, value) whose fractional LP share is nearest one half (the LP's least
 * settled decision), or null when the LP picks one column per person. `lead` receives each person's highest-valued
 * column. Measured at 10 s against the largest fractional share (session 8's rule, the plunge then pinning the LP's
 * surest open decision first): on Instance7 its plunges ran 100-180 decisions deep, the LP staying within a point of
 * the root for about 75 of them and then jumping by 2-12 as the contested cells came last, and one took 2-3 s; with
 * this rule they ran 14-34 deep. Instance7 with two solves (`solvePortfolio`, surcharged pricing): 1056-1064 in 20
 * runs (seeds 1-8 and 1-12), 1056 twice, mean 1058.4, against 1057-1062 in 11 runs (mean 1059.4); with its maximum counted too
 * (`WIDE_WORK_PER_SECOND`), see there. Instance5: 1143 in 8 of 8 runs (seeds 1-8), and its search now completes (it
 * never had in 10 s): proven optimal in 5.0-8.5 s (152-351 nodes) in 5 of 6 bench runs (seeds 1-6), 1144 in the sixth;
 * Instance6 proven in 1.3-4.6 s (10-270 nodes). Session 8 had measured this rule leaving Instance5 runs at 1356-1438
 * when the search ended at the dives' end; it now has the rest of the phase.
 */
export function branchingCell(m: Master, value: Float64Array, lead: Int32Array): { p: number; d: number; v: number; share: number } | null {
  const { P, D, S } = m.pr;
  const share = new Float64Array(D * (S + 1));
  let best: { p: number; d: number; v: number; share: number } | null = null;
  let bestGap = 0.5 - 1e-6;
  for (let p = 0; p < P; p++) {
    let top = -1;
    share.fill(0);
    for (const j of m.byPerson[p]!) {
      const x = value[j] ?? 0;
      if (x > top) { top = x; lead[p] = j; }
      if (x <= 1e-9) continue;
      m.columns[j]!.row.forEach((v, d) => { share[d * (S + 1) + v + 1]! += x; });
    }
    if (top > 1 - 1e-6) continue;
    for (let i = 0; i < share.length; i++) {
      const x = share[i]!;
      const gap = Math.abs(x - 0.5);
      if (gap < bestGap - 1e-9) { bestGap = gap; best = { p, d: Math.floor(i / (S + 1)), v: (i % (S + 1)) - 1, share: x }; }
    }
  }
  return best;
}

/** The roster of each person's leading column. */
function leadRoster(m: Master, lead: Int32Array): Int16Array {
  const { P, D } = m.pr;
  const cells = new Int16Array(P * D);
  for (let p = 0; p < P; p++) cells.set(m.columns[lead[p]!]!.row, p * D);
  return cells;
}

/**
 * Searches the tree from the master's root until the budget ends or no node can beat the best score.
 * `incumbent` is the score to beat; `score` ranks a roster (lower is better, whole points when the
 * costs are integral). Leaves the master with every pin and ban lifted.
 */
export function searchTree(m: Master, move: RowMove, budget: PricingBudget, incumbent: number,
  score: (cells: Int16Array) => number): TreeResult {
  const step = improvementStep(m);
  const none = new Uint8Array(m.pr.P);
  const lead = new Int32Array(m.pr.P);
  const open: OpenNode[] = [{ decisions: [], bound: Number.NEGATIVE_INFINITY }];
  let best: Int16Array | null = null;
  let bestScore = incumbent;
  let nodes = 0;
  let complete = false;
  let unsearched = false;
  let held: Decision[] = [];
  try {
    let next: OpenNode | null = null;
    for (;;) {
      if (next === null) {
        // End of a plunge: the open node with the lowest bound, dropping those that cannot win any more.
        for (let i = open.length - 1; i >= 0; i--) if (open[i]!.bound > bestScore - step) open.splice(i, 1);
        if (open.length === 0) { complete = !unsearched; break; }
        let k = 0;
        for (let i = 1; i < open.length; i++) if (open[i]!.bound < open[k]!.bound) k = i;
        next = open.splice(k, 1)[0]!;
      }
      if (budget.clock() >= budget.deadline) break;
      const node: OpenNode = next;
      next = null;
      applyDecisions(m, held, node.decisions);
      held = node.decisions;
      // Without dual smoothing: a node starts from its parent's columns, and plain pricing converged in fewer
      // rounds (Instances 5 and 6 at 10 s, seeds 1-4: 104-146 nodes against 58-73 with smoothing at 0.6).
      // The cutoff ends pricing once the node's Lagrangian bound shows it cannot win. Partial pricing: a node took
      // about five rounds on Instance7, the later ones adding rows for 1-6 people; pricing only those first, the
      // search did 161-184 nodes in 10 s against 101-156 (seeds 1-12, 1056 in 5 runs both ways), and Instance5 was
      // proven in 6 of 6 runs (5.6-8.4 s) against 5 of 6.
      const lp = generate(m, move, none, budget, { alpha: 0, cutoff: bestScore - step, partial: true });
      // The node's bound: its LP objective when pricing was exact, else below it (see `Generated.lowerBound`);
      // it bounds the children too.
      const bound = lp.lowerBound;
      if (bound === null) break;
      nodes++;
      if (bound > bestScore - step) continue;
      const cell = branchingCell(m, lp.value, lead);
      const cells = leadRoster(m, lead);
      const s = score(cells);
      if (s < bestScore) { bestScore = s; best = cells; }
      if (cell === null) {
        // An integral LP ends the node only when it is the node's optimum; after surcharged pricing it may not be,
        // and with nothing fractional to branch on the node is left unsearched.
        if (!lp.converged && bound <= bestScore - step) unsearched = true;
        continue;
      }
      const follow = cell.share >= 0.5;
      const child = (pin: boolean): OpenNode => ({ decisions: [...node.decisions, { p: cell.p, d: cell.d, v: cell.v, pin }], bound });
      open.push(child(!follow));
      next = child(follow);
    }
  } finally {
    releaseColumns(m);
  }
  return { cells: best, score: bestScore, nodes, complete };
}
