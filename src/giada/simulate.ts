import type { AssignmentRecord, GiadaSetup } from '../domain/giada.ts';
import { FixedClock, type Clock, type Notifier, type Store } from '../ports.ts';
import { GiadaEngine } from './engine.ts';
import { parseRequestLines, type BadLine } from './interchange.ts';

export interface SimulationResult {
  assignments: AssignmentRecord[];
  bad: BadLine[];
  engine: GiadaEngine;
  /** Italian summary lines. */
  summary: string[];
}

/**
 * Replays requests (JSON lines) in order on a fresh engine over `store`. Bad lines, and requests the
 * engine refuses, are reported by line number and skipped; every other line gives one assignment line.
 * In draw mode every day's seed is revealed at the end, so the ledger can be verified at once.
 */
export async function simulateRequests(options: { setup: GiadaSetup; text: string; store: Store; clock: Clock; notifier: Notifier }): Promise<SimulationResult> {
  const parsed = parseRequestLines(options.text);
  // A replay happens as of each request's day: the engine refuses requests dated before its today.
  const replayClock = new FixedClock(options.clock.now());
  const engine = await GiadaEngine.open({ store: options.store, clock: replayClock, notifier: options.notifier, setup: options.setup });
  const assignments: AssignmentRecord[] = [];
  const bad = [...parsed.bad];
  for (const { line, request } of parsed.requests) {
    replayClock.set(new Date(`${request.requestedOn}T12:00:00Z`));
    const outcome = await engine.request(request);
    if (outcome.ok && outcome.assignment) assignments.push(outcome.assignment);
    else bad.push({ line, message: `riga ${line}: ${outcome.message}` });
  }
  if (options.setup.giada.mode === 'draw') await engine.revealThrough('9999-12-31');
  bad.sort((a, b) => a.line - b.line);
  const manual = assignments.filter((a) => a.status === 'manual').length;
  const summary = [
    `Richieste lette: ${parsed.requests.length + parsed.bad.length}; assegnate: ${assignments.length - manual}; intervento manuale: ${manual}; righe scartate: ${bad.length}.`,
    ...bad.map((b) => `  ${b.message}`),
  ];
  return { assignments, bad, engine, summary };
}
