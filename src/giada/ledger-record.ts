import type { GiadaProfile, GiadaSetup, HearingRequest } from '../domain/giada.ts';
import { canonicalJson, sha256Hex } from './canonical-json.ts';
import type { AssignmentDecision } from './decision.ts';
import type { SlotKind } from './hearing-slots.ts';

/** Who asked: the GIADA profile and the user. */
export interface Actor {
  profile: GiadaProfile;
  userId: string;
}

/** What a case looked like before a manual action, for the link between records. */
export interface PreviousAssignment {
  hash: string;
  kind: 'judge' | 'panel';
  candidateId: string | null;
  hearingDate: string | null;
}

/** A decided record carries the version of the decision rules it was decided under (rules-version.ts); none before versions. */
type Decided<T> = T & { rulesVersion?: number };

export type LedgerBody =
  /** The configuration in force from here on (first record, and every change). */
  | { kind: 'setup'; actor: Actor | null; reason: string; setup: GiadaSetup }
  | Decided<{ kind: 'assignment'; actor: Actor; request: HearingRequest; decision: AssignmentDecision }>
  /** Abstention or the tribunal's own reassignment: a new automatic decision excluding the previous holder. */
  | Decided<{ kind: 'reassignment'; actor: Actor; cause: 'astensione' | 'riassegnazione'; reason: string; request: HearingRequest; previous: PreviousAssignment; decision: AssignmentDecision }>
  | Decided<{ kind: 'cancellation'; actor: Actor; reason: string; requestId: string; previous: PreviousAssignment }>
  /** Joinder: the joined proceedings become inactive; the surviving one is reweighed and requeued. */
  | Decided<{
    kind: 'joinder'; actor: Actor; reason: string; intoId: string; joinedIds: string[]; previous: PreviousAssignment[];
    request: HearingRequest; weight: number; weightClass: string; previousWeight: number; previousWeightClass: string;
  }>
  /** An assignment made on paper while the system was unavailable, entered afterwards. */
  | Decided<{
    kind: 'backfill'; actor: Actor; reason: string; request: HearingRequest; ownerKind: 'judge' | 'panel'; candidateId: string;
    hearingDate: string; weight: number; weightClass: string; slot: SlotKind | null; note: string;
  }>
  /** A refused action (permissions, invalid input): refusals are recorded too. */
  | { kind: 'refusal'; actor: Actor; action: string; subject: string; message: string }
  | { kind: 'draw-commitment'; day: string; commitment: string }
  | { kind: 'draw-reveal'; day: string; seed: string };

export type LedgerRecord = LedgerBody & {
  seq: number;
  at: string;
  prevHash: string;
  hash: string;
};

export const GENESIS_HASH = '0'.repeat(64);

/** The hash of a record: SHA-256 of the canonical JSON of every field but `hash` (so `prevHash` included). */
export function hashRecord(record: Omit<LedgerRecord, 'hash'> | LedgerRecord): string {
  const { hash: _ignored, ...rest } = record as LedgerRecord;
  return sha256Hex(canonicalJson(rest));
}

/** Seals a body into the chain after `prevHash`. */
export function sealRecord(body: LedgerBody, seq: number, at: string, prevHash: string): LedgerRecord {
  const unsealed = { ...body, seq, at, prevHash } as Omit<LedgerRecord, 'hash'>;
  return { ...unsealed, hash: hashRecord(unsealed) } as LedgerRecord;
}
