import { z } from 'zod';
import { absenceSchema } from './absence.ts';
import { calendarVersionSchema } from './calendar.ts';
import { feedTokensSchema } from './feed-token.ts';
import { emptyJobState, jobStateSchema } from './job-state.ts';
import { officeConfigShape } from './office-config.ts';

export const STORE_SCHEMA_VERSION = 1;

/**
 * Everything the store keeps in its main document. Records that only grow (audit log, GIADA ledger)
 * live in append-only logs beside it, not here.
 */
export const storeStateSchema = z.object({
  schemaVersion: z.number().int().min(1),
  /** Office configurations by office id, as imported. */
  offices: z.record(z.string(), officeConfigShape).default({}),
  absences: z.array(absenceSchema).default([]),
  calendars: z.array(calendarVersionSchema).default([]),
  /** Pending conversation state (confirmations) by conversation key; shaped by the conversation core. */
  conversations: z.record(z.string(), z.unknown()).default({}),
  /** Small counters and markers (next ids, last job runs); shaped by their owners. */
  meta: z.record(z.string(), z.unknown()).default({}),
  /**
   * Delivery addresses the chat adapters learn at runtime (Teams conversation references, Slack DM
   * channels), keyed `<platform>:<personId>` or `<platform>:office:<officeId>`; shaped by each adapter.
   */
  chatLinks: z.record(z.string(), z.unknown()).default({}),
  /** Private iCal and web-view links (`src/feeds/feed-tokens.ts`). */
  feedTokens: feedTokensSchema.default([]),
  /** Idempotency records of the scheduled jobs (`src/domain/job-state.ts`). */
  jobs: jobStateSchema.default(emptyJobState),
});
export type StoreState = z.infer<typeof storeStateSchema>;

export function emptyStoreState(): StoreState {
  return { schemaVersion: STORE_SCHEMA_VERSION, offices: {}, absences: [], calendars: [], conversations: {}, meta: {}, chatLinks: {}, feedTokens: [], jobs: emptyJobState() };
}

/** Names of the append-only logs. */
export const logNames = ['audit', 'giada-ledger', 'job-runs'] as const;
export type LogName = (typeof logNames)[number];
