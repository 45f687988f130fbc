// A group re-plan helper thread (see replan-pool.ts): loads HiGHS, then solves each subset MIP it is
// sent against the cells sent with it, and posts the rows back.
import { parentPort, workerData } from 'node:worker_threads';
import { loadHighs } from './master.ts';
import type { Problem } from './problem.ts';
import { solveSubsetMip, windowFreedom } from './subset-mip.ts';
import type { ReplanRequest, ReplanAnswer } from './replan-pool.ts';

const { pr } = workerData as { pr: Problem };
const highs = await loadHighs();
parentPort!.on('message', (job: ReplanRequest) => {
  let answer: ReplanAnswer;
  try {
    const result = solveSubsetMip(highs, pr, job.cells, job.group, job.seconds, windowFreedom(job.window));
    answer = { id: job.id, rows: result?.rows ?? null, optimal: result?.optimal ?? false };
  } catch {
    answer = { id: job.id, rows: null, optimal: false };
  }
  parentPort!.postMessage(answer);
});
parentPort!.postMessage({ id: -1, rows: null, optimal: false } satisfies ReplanAnswer);
