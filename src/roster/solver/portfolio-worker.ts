// A second, independent solve of the same model on its own core (see portfolio.ts): runs solveRoster with the seed and
// the time left that it is sent, and posts the result back.
import { parentPort, workerData } from 'node:worker_threads';
import type { RosterModel } from '../model.ts';
import { solveRoster, type SolveOptions } from './solve.ts';

const { model, options, deadlineEpoch } = workerData as { model: RosterModel; options: SolveOptions; deadlineEpoch: number };
const seconds = Math.max(0.5, (deadlineEpoch - Date.now()) / 1000);
try {
  parentPort!.postMessage({ ok: true, result: await solveRoster(model, { ...options, seconds }) });
} catch (error) {
  parentPort!.postMessage({ ok: false, message: (error as Error).message });
}
