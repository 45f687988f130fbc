import type { LedgerRecord } from './ledger-record.ts';

const kinds = new Set(['setup', 'assignment', 'reassignment', 'cancellation', 'joinder', 'backfill', 'refusal', 'draw-commitment', 'draw-reveal']);

function isRecord(value: unknown): value is LedgerRecord {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.kind === 'string' && kinds.has(v.kind) && typeof v.seq === 'number' && typeof v.hash === 'string' && typeof v.prevHash === 'string';
}

/**
 * The ledger's records, checked for shape only (`verify` checks hashes and decisions). A line that is
 * not a ledger record is a broken contract: the ledger is written only by the engine.
 */
export function parseLedger(lines: readonly unknown[]): LedgerRecord[] {
  return lines.map((line, i) => {
    if (!isRecord(line)) throw new Error(`Registro GIADA: la riga ${i + 1} non è un record del registro.`);
    return line;
  });
}
