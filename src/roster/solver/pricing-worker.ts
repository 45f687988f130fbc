// A pricing helper thread (see pricing-pool.ts): waits for a round, takes people from the shared
// counter, prices each into the shared results, and counts them priced.
import { workerData } from 'node:worker_threads';
import type { Problem } from './problem.ts';
import { BY_HELPER, JOB, NEXT, PRICED, READY, STOP, priceOne, sharedViews, type PricingShared } from './pricing-pool.ts';
import type { PricingMode } from './row-pricing.ts';
import { createRowMove } from './row-move.ts';

const { pr, shared, coverRow, maxCounts, mode } = workerData as { pr: Problem; shared: PricingShared; coverRow: Int32Array; maxCounts: number; mode: PricingMode };
const v = sharedViews(shared);
// The same DP as the calling thread's (the same count dimension), so the rows are the same.
const move = createRowMove(pr, { maxCounts });
if (move) {
  move.remembered = v.remembered;
  const at = { coverRow, pins: v.pins, bans: v.bans };
  Atomics.add(v.control, READY, 1);
  let job = 0;
  for (;;) {
    Atomics.wait(v.control, JOB, job);
    job = Atomics.load(v.control, JOB);
    if (Atomics.load(v.control, STOP)) break;
    for (let p = Atomics.add(v.control, NEXT, 1); p < pr.P; p = Atomics.add(v.control, NEXT, 1)) {
      if (!v.skip[p]) priceOne(pr, move, at, p, v.price, v.out, mode);
      Atomics.store(v.done, p, BY_HELPER);
      Atomics.add(v.control, PRICED, 1);
      Atomics.notify(v.control, PRICED);
    }
  }
}
