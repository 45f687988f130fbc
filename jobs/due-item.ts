import type { DeepReadonly } from '../src/domain/deep-readonly.ts';
import type { JobName, JobRecord } from '../src/domain/job-state.ts';
import type { StoreState } from '../src/domain/store-state.ts';
import { replyText, type Reply } from '../src/conversation/reply.ts';
import type { GiadaEngine } from '../src/giada/engine.ts';
import type { Clock, Notification, Notifier, Recipient, Store } from '../src/ports.ts';

/** What a job needs from the outside: the ports, nothing else. */
export interface JobDeps {
  store: Store;
  notifier: Notifier;
  /** Wall time for the run log (started, finished); the tick's instant when absent. */
  clock?: Clock;
  /**
   * The GIADA engine of a Tribunale, the same one the chat uses: two engines appending to one ledger
   * would break its hash chain. When absent, the GIADA jobs open one for the run (`openOfficeEngine`).
   */
  giadaEngine?: (officeId: string) => Promise<GiadaEngine>;
}

/** What a job's work sees when it runs: the ports and the tick's instant (`clock` is fixed at it). */
export interface JobContext {
  store: Store;
  clock: Clock;
  at: Date;
  giadaEngine?: (officeId: string) => Promise<GiadaEngine>;
}

/** The effect of one due item: a message to send, or a reason to send nothing. */
export type Performed =
  | { kind: 'send'; notification: Notification; detail: string }
  | { kind: 'skip'; detail: string };

/**
 * One thing a job must do once: a reminder of a duty at an offset, a digest for a person and a week,
 * a calendar generation for an office and a month. Its `key` is its idempotency key.
 */
export interface DueItem {
  job: JobName;
  key: string;
  officeId: string;
  planned: Date;
  /** Why it must not be done any more (the duty is over): recorded as dropped and logged, not sent. */
  stale: string | null;
  /** A pure send may be tried again when the notifier says it was not delivered; a generation may not. */
  retryable: boolean;
  /** Italian, for dry runs and `jobs status`: "promemoria a Mario Rossi per …". */
  summary: string;
  perform(ctx: JobContext): Promise<Performed>;
}

/** What every job's `due` gets: the state, the window of planned instants, and the keys already done. */
export interface DueInput {
  state: DeepReadonly<StoreState>;
  /** Planned instants in `[from, to]` are due. */
  from: Date;
  to: Date;
  /** The tick's instant: decides what is stale. */
  at: Date;
}

/** A scheduled job: its name and what is due in a window. */
export interface Job {
  name: JobName;
  due(input: DueInput): DueItem[];
}

/** True when the key still has to be done: never claimed, or handed back for another try. */
export function isOpen(records: DeepReadonly<Record<string, JobRecord>>, key: string): boolean {
  const record = records[key];
  return record === undefined || record.status === 'retry';
}

export function inWindow(planned: Date, input: Pick<DueInput, 'from' | 'to'>): boolean {
  return planned.getTime() >= input.from.getTime() && planned.getTime() <= input.to.getTime();
}

/** A message built as a `Reply`: its plain text for every platform, the structure for rich ones. */
export function sendReply(to: Recipient, message: Reply, detail: string): Performed {
  return { kind: 'send', notification: { to, text: replyText(message), reply: message }, detail };
}
