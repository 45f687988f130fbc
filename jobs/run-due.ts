import type { JobRecord, JobRun } from '../src/domain/job-state.ts';
import type { StoreState } from '../src/domain/store-state.ts';
import { fullName } from '../src/domain/magistrate.ts';
import { FixedClock, type Recipient } from '../src/ports.ts';
import { allJobs } from './all-jobs.ts';
import type { DueItem, JobDeps, Job, Performed } from './due-item.ts';
import { isQuietHour } from './wall-clock.ts';

/** How far back a tick looks for what fell due and was not done (downtime). */
export const CATCH_UP_DAYS = 31;
/** Records older than this are forgotten: no window reaches them any more. */
export const KEEP_RECORDS_DAYS = 62;
/** Tries of a message the notifier reported as not delivered. */
export const MAX_ATTEMPTS = 3;
const DAY_MS = 86_400_000;

export interface TickResult {
  at: Date;
  /** True when the tick fell between 02:00 and 02:59 and did nothing. */
  quiet: boolean;
  /** What was done (or, in a dry run, would be done), in planned order. */
  runs: JobRun[];
  /** A dry run's due items, untouched. */
  due: DueItem[];
}

export interface RunOptions {
  dryRun?: boolean;
  jobs?: readonly Job[];
}

/** A notifier error that says the message certainly did not leave (e.g. the chat server refused it). */
export function isNotDelivered(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { delivered?: unknown }).delivered === false;
}

/** Every item due at `at` and not yet done, oldest planned first. */
export function dueAt(deps: Pick<JobDeps, 'store'>, at: Date, jobs: readonly Job[] = allJobs): DueItem[] {
  const state = deps.store.snapshot();
  const since = state.jobs.since ? new Date(state.jobs.since) : at;
  const from = new Date(Math.max(since.getTime(), at.getTime() - CATCH_UP_DAYS * DAY_MS));
  return jobs.flatMap((job) => job.due({ state, from, to: at, at }))
    .sort((a, b) => a.planned.getTime() - b.planned.getTime() || a.key.localeCompare(b.key));
}

type Claim = { kind: 'claimed'; attempts: number } | { kind: 'dropped' } | { kind: 'taken' };

/**
 * Runs what is due at `at` and not yet done. Every item is claimed in the store (one `update`, so two
 * overlapping ticks cannot both claim it) before its effect, and recorded after it: at most once.
 * A crash between the two leaves the key `claimed`, shown as uncertain by `jobs status`, never resent.
 */
export async function runDue(deps: JobDeps, at: Date, options: RunOptions = {}): Promise<TickResult> {
  if (isQuietHour(at)) return { at, quiet: true, runs: [], due: [] };
  if (options.dryRun) return { at, quiet: false, runs: [], due: dueAt(deps, at, options.jobs) };
  if (!deps.store.snapshot().jobs.since) {
    await deps.store.update((draft) => {
      draft.jobs.since ??= at.toISOString();
    });
  }
  const runs: JobRun[] = [];
  for (const item of dueAt(deps, at, options.jobs)) {
    const started = wallTime(deps, at);
    // Claimed just before its effect, one item at a time: an overlapping tick finds the key taken, and a
    // crash leaves at most the item in hand uncertain.
    const claim = await deps.store.update((draft) => claimIn(draft, item, started));
    const run = await runItem(deps, item, at, started, claim);
    if (run) runs.push(run);
  }
  // A tick that did nothing writes nothing (every write rewrites the whole document durably).
  if (runs.length > 0 || !deps.store.snapshot().jobs.lastTickAt) {
    await deps.store.update((draft) => {
      draft.jobs.lastTickAt = at.toISOString();
      const oldest = new Date(at.getTime() - KEEP_RECORDS_DAYS * DAY_MS).toISOString();
      for (const [key, record] of Object.entries(draft.jobs.records)) if (record.planned < oldest) delete draft.jobs.records[key];
    });
  }
  return { at, quiet: false, runs, due: [] };
}

/** The run log's words for a send that failed: tried again, refused for good, or perhaps delivered. */
function failureDetail(reason: string, notDelivered: boolean, retry: boolean, retryable: boolean, attempts: number): string {
  if (retry) return `non consegnato (${reason}): riprovo al prossimo controllo`;
  if (notDelivered) return retryable ? `non consegnato neanche al ${attempts}° tentativo (${reason}): non lo riprovo più` : `non consegnato (${reason}): questo invio non si ripete`;
  return `invio non confermato (${reason}): non lo ripeto per non mandarlo due volte`;
}

/** The run log's words for a message no chat platform can deliver: who, and what to do about it. */
function undeliverableDetail(deps: JobDeps, to: Recipient): string {
  if (to.kind === 'office') {
    return 'non recapitabile: nessuna piattaforma di chat raggiunge il canale dell\'ufficio (su Slack serve announcements.slackChannelId nel file dell\'ufficio, su Teams va aggiunto il bot al canale); non lo riprovo';
  }
  const office = deps.store.snapshot().offices[to.officeId];
  const person = office?.magistrates.find((m) => m.id === to.magistrateId) ?? office?.staff.find((m) => m.id === to.magistrateId);
  const name = person ? fullName(person) : to.magistrateId;
  return `non recapitabile: nessuna piattaforma di chat raggiunge ${name} (manca l'account Slack o Teams collegato); non lo riprovo`;
}

function wallTime(deps: JobDeps, at: Date): string {
  return (deps.clock ?? new FixedClock(at)).now().toISOString();
}

/** Claims one item in the draft: taken when another tick holds it, dropped when stale, else claimed. */
function claimIn(draft: StoreState, item: DueItem, started: string): Claim {
  const base = { job: item.job, officeId: item.officeId, planned: item.planned.toISOString() };
  const known = draft.jobs.records[item.key];
  if (known && known.status !== 'retry') return { kind: 'taken' };
  if (item.stale) {
    draft.jobs.records[item.key] = { ...base, status: 'dropped', at: started, attempts: known?.attempts ?? 0, detail: item.stale };
    return { kind: 'dropped' };
  }
  const attempts = (known?.attempts ?? 0) + 1;
  draft.jobs.records[item.key] = { ...base, status: 'claimed', at: started, attempts, detail: item.summary };
  return { kind: 'claimed', attempts };
}

async function runItem(deps: JobDeps, item: DueItem, at: Date, started: string, claim: Claim): Promise<JobRun | null> {
  const wall = () => wallTime(deps, at);
  if (claim.kind === 'taken') return null;
  if (claim.kind === 'dropped') return finish(deps, item, at, started, 'dropped', `${item.summary}: non inviato, ${item.stale}`, claim, wall);
  let performed: Performed;
  try {
    performed = await item.perform({ store: deps.store, clock: new FixedClock(at), at, ...(deps.giadaEngine ? { giadaEngine: deps.giadaEngine } : {}) });
  } catch (error) {
    return finish(deps, item, at, started, 'failed', `${item.summary}: errore (${(error as Error).message})`, claim, wall);
  }
  if (performed.kind === 'skip') return finish(deps, item, at, started, 'skipped', performed.detail, claim, wall);
  if (deps.notifier.reaches?.(performed.notification.to) === false) {
    return finish(deps, item, at, started, 'failed', undeliverableDetail(deps, performed.notification.to), claim, wall);
  }
  try {
    await deps.notifier.send({ ...performed.notification, key: item.key });
  } catch (error) {
    const notDelivered = isNotDelivered(error);
    const retry = notDelivered && item.retryable && claim.attempts < MAX_ATTEMPTS;
    const reason = (error as Error).message;
    return finish(deps, item, at, started, retry ? 'retry' : 'failed', failureDetail(reason, notDelivered, retry, item.retryable, claim.attempts), claim, wall);
  }
  return finish(deps, item, at, started, 'sent', performed.detail, claim, wall);
}

async function finish(
  deps: JobDeps, item: DueItem, at: Date, started: string, outcome: JobRun['outcome'], detail: string,
  claim: Exclude<Claim, { kind: 'taken' }>, wall: () => string,
): Promise<JobRun> {
  const finished = wall();
  const attempts = claim.kind === 'claimed' ? claim.attempts : 0;
  const status: JobRecord['status'] = outcome;
  if (claim.kind === 'claimed') {
    await deps.store.update((draft) => {
      draft.jobs.records[item.key] = { job: item.job, officeId: item.officeId, planned: item.planned.toISOString(), status, at: finished, attempts, detail };
    });
  }
  const run: JobRun = { job: item.job, key: item.key, officeId: item.officeId, planned: item.planned.toISOString(), started, finished, outcome, detail, tick: at.toISOString() };
  await deps.store.append('job-runs', run);
  return run;
}
