import type { LedgerBody, LedgerRecord } from './ledger-record.ts';

/**
 * The version of GIADA's decision rules: weights and classes, charge-code matching, competence, rotation and
 * its tie-breaks, the draw, the date search, the checks of manual actions. `verify` replays only the records
 * decided under this version; a record of an earlier one is checked for everything the rules do not decide.
 *
 * Bump it with any change that can alter a decision's facts for the same inputs (the same ledger before it),
 * and regenerate the current-version ledger fixture (test/giada/ledger-rules-version.test.ts says how).
 * A change of wording only (the explanation) does not need a bump: the replay does not compare words.
 *
 * 1: every record written before the version existed (it carries no `rulesVersion`): decided under the rules of
 *    its day, among them the tie-breaks added over time (lean, reserve, balancing key) and raw charge-code prefixes.
 * 2: charge codes compared in one form ("416-bis" weighs 7, class III: commit 1aba52f), 24 November 2026.
 * 3: a judge's section percentages weigh the rotation of the matters restricted to those sections (section-share.ts),
 *    24 November 2026. Decisions change only for such a matter when a competent judge sits there below 100%.
 */
export const GIADA_RULES_VERSION = 3;

/** The ledger kinds whose facts the decision rules produce and the replay recomputes. */
export const DECIDED_KINDS: ReadonlySet<LedgerBody['kind']> = new Set(['assignment', 'reassignment', 'cancellation', 'joinder', 'backfill']);

/** The rules version a record was decided under: the one it carries, 1 when it carries none (written before versions). */
export function rulesVersionOf(record: Pick<LedgerRecord, 'kind'> & { rulesVersion?: unknown }): number {
  if (record.rulesVersion === undefined) return 1;
  return typeof record.rulesVersion === 'number' ? record.rulesVersion : Number.NaN;
}

/** The body as the engine writes it: a decided kind carries the rules version it was decided under. */
export function withRulesVersion(body: LedgerBody): LedgerBody {
  return DECIDED_KINDS.has(body.kind) ? { ...body, rulesVersion: GIADA_RULES_VERSION } as LedgerBody : body;
}

/** The engine refuses to open a ledger of newer rules: what it wrote would go back to older ones. The message is Italian. */
export class NewerRulesError extends Error {}

/**
 * Why this code must not write after these records, or null: one was decided under newer rules, and records written
 * now would go back to older ones (an older turnario opened on a newer ledger).
 */
export function refuseNewerRules(records: readonly LedgerRecord[]): string | null {
  const newest = Math.max(0, ...records.filter((r) => DECIDED_KINDS.has(r.kind)).map(rulesVersionOf).filter(Number.isFinite));
  if (newest <= GIADA_RULES_VERSION) return null;
  return `Registro GIADA scritto con regole di decisione più recenti (versione ${newest}) di quelle di questa versione di turnario (${GIADA_RULES_VERSION}): aggiorna turnario prima di usare il registro.`;
}
