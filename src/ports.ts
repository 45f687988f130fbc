import { auditEntrySchema, type AuditEntry } from './domain/audit.ts';
import type { DeepReadonly } from './domain/deep-readonly.ts';
export type { DeepReadonly };
import type { Reply } from './conversation/reply.ts';
import { assertStoreInvariants } from './store-invariants.ts';
import { emptyStoreState, type LogName, type StoreState } from './domain/store-state.ts';

/**
 * The three small ports the core sees. Implementations: in-memory here (tests, demos);
 * the lowdb store in adapters/store; chat notifiers in adapters/<platform>.
 */

export interface Store {
  /** The current state. Never mutate it: it is replaced as a whole by `update`. */
  snapshot(): DeepReadonly<StoreState>;
  /**
   * Applies `mutate` to a private copy of the state; when it returns, the copy becomes the state and
   * is written durably before the promise resolves. When it throws, or the result breaks a store
   * invariant (`src/store-invariants.ts`: published calendars are immutable), nothing changes and the
   * error propagates. The result is returned as a copy, never a handle into the state. Updates are
   * applied one at a time, in call order.
   */
  update<T>(mutate: (draft: StoreState) => T): Promise<T>;
  /** Appends one record to an append-only log and flushes it. */
  append(log: LogName, record: unknown): Promise<void>;
  /** Every record of a log, oldest first. */
  readLog(log: LogName): Promise<unknown[]>;
}

export interface Clock {
  now(): Date;
}

/**
 * Who a notification is for: one person of the office (a direct message; `magistrateId` may also be a
 * staff member's id) or the office's announcement channel.
 */
export type Recipient = { kind: 'magistrate'; officeId: string; magistrateId: string } | { kind: 'office'; officeId: string };

export interface Notification {
  to: Recipient;
  /** Italian text, complete on its own (chat adapters may render richer forms from `reply`). */
  text: string;
  /** Idempotency key: the same key is never delivered twice by the jobs. */
  key?: string;
  /** The same content as structured data, with buttons when the recipient is asked to choose. */
  reply?: Reply;
}

export interface Notifier {
  send(notification: Notification): Promise<void>;
  /**
   * False when no platform can deliver to `to` (no chat identity, a Teams channel nobody linked): the
   * jobs then record the message as undeliverable instead of sent. Absent: every recipient is reachable.
   */
  reaches?(to: Recipient): boolean;
}

/** A fixed or steerable clock for tests and for `--at` commands. */
export class FixedClock implements Clock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(instant: Date): void {
    this.current = new Date(instant.getTime());
  }
}

export const systemClock: Clock = { now: () => new Date() };

export class MemoryStore implements Store {
  private state: StoreState;
  private readonly logs = new Map<LogName, unknown[]>();

  constructor(initial: StoreState = emptyStoreState()) {
    this.state = structuredClone(initial);
  }

  snapshot(): DeepReadonly<StoreState> {
    return this.state;
  }

  async update<T>(mutate: (draft: StoreState) => T): Promise<T> {
    const draft = structuredClone(this.state);
    const result = structuredClone(mutate(draft));
    assertStoreInvariants(this.state, draft);
    this.state = draft;
    return result;
  }

  async append(log: LogName, record: unknown): Promise<void> {
    const list = this.logs.get(log) ?? [];
    list.push(structuredClone(record));
    this.logs.set(log, list);
  }

  async readLog(log: LogName): Promise<unknown[]> {
    return structuredClone(this.logs.get(log) ?? []);
  }
}

/** Collects notifications in memory, for tests and dry runs. */
export class MemoryNotifier implements Notifier {
  readonly sent: Notification[] = [];
  async send(notification: Notification): Promise<void> {
    this.sent.push(notification);
  }
}

/** Records an audit entry (validated) in the store's audit log. */
export async function recordAudit(store: Store, entry: Omit<AuditEntry, 'details' | 'refused'> & Partial<AuditEntry>): Promise<void> {
  await store.append('audit', auditEntrySchema.parse(entry));
}
