import { GIADA_RULES_VERSION } from './rules-version.ts';
import type { Seeds } from './replay-draw.ts';

export interface VerifyReport {
  ok: boolean;
  records: number;
  /** Decisions recomputed from the ledger alone and found identical. */
  replayed: number;
  /** Decisions taken under earlier rules (rules-version.ts): chain and rule-free facts checked, not recomputed. */
  olderRules: number;
  /** The earlier rules versions met, ascending. */
  olderVersions: number[];
  drawsChecked: number;
  /** Draws of days whose seed is not revealed yet: everything else about them was checked. */
  drawsPending: number;
  firstBad: { seq: number; line: number; reason: string } | null;
  /** Italian summary. */
  message: string;
}


/** Decided records so far: replayed under the current rules, and taken under earlier ones, by version. */
export interface DecisionCounts {
  replayed: number;
  older: Map<number, number>;
}

function report(records: number, counts: DecisionCounts, seeds: Seeds, firstBad: VerifyReport['firstBad'], message: string): VerifyReport {
  const olderVersions = [...counts.older.keys()].sort((a, b) => a - b);
  const olderRules = [...counts.older.values()].reduce((a, b) => a + b, 0);
  return { ok: firstBad === null, records, replayed: counts.replayed, olderRules, olderVersions, drawsChecked: seeds.checked, drawsPending: seeds.pending, firstBad, message };
}

/** "1, 2 e 3" */
function listNumbers(numbers: readonly number[]): string {
  return numbers.length > 1 ? `${numbers.slice(0, -1).join(', ')} e ${numbers[numbers.length - 1]}` : String(numbers[0]);
}

/** "5 decisioni prese con regole precedenti (versione 1): catena delle impronte verificata, ricalcolo non applicabile" */
function describeOlder(counts: DecisionCounts): string {
  const versions = [...counts.older.keys()].sort((a, b) => a - b);
  const n = [...counts.older.values()].reduce((a, b) => a + b, 0);
  if (n === 0) return '';
  const what = n === 1 ? '1 decisione presa con regole precedenti' : `${n} decisioni prese con regole precedenti`;
  return `${what} (${versions.length === 1 ? 'versione' : 'versioni'} ${listNumbers(versions)}): catena delle impronte verificata, ricalcolo non applicabile`;
}

export function intact(records: number, counts: DecisionCounts, seeds: Seeds): VerifyReport {
  if (records === 0) return report(0, counts, seeds, null, 'Il registro GIADA è vuoto: non c\'è ancora nessuna configurazione né richiesta da verificare.');
  const pending = seeds.pending === 1 ? ' Un\'estrazione attende la rivelazione del seme del giorno.' : seeds.pending > 1 ? ` ${seeds.pending} estrazioni attendono la rivelazione del seme del giorno.` : '';
  const older = describeOlder(counts);
  const replayed = counts.replayed;
  const decisions = replayed === 0 && older ? '' : replayed === 1 ? ', 1 decisione ricalcolata e identica' : `, ${replayed} decisioni ricalcolate e identiche`;
  const draws = seeds.checked === 1 ? ', 1 estrazione ripetuta con il seme rivelato' : seeds.checked > 1 ? `, ${seeds.checked} estrazioni ripetute con il seme rivelato` : '';
  return report(records, counts, seeds, null, `Registro GIADA integro: ${records} record, catena delle impronte completa${decisions}${draws}${older ? `; ${older}` : ''}.${pending}`);
}

/** The first record that does not match: the ledger is not what the engine wrote. */
export function notIntact(records: number, counts: DecisionCounts, seeds: Seeds, bad: { seq: number; line: number; reason: string }): VerifyReport {
  return report(records, counts, seeds, bad, `Registro GIADA non integro: il primo record che non torna è il n. ${bad.seq} (riga ${bad.line}): ${bad.reason}.`);
}

/** A record decided under rules newer than this code's: nothing wrong is known, this turnario cannot judge it. */
export function unverifiable(records: number, counts: DecisionCounts, seeds: Seeds, at: { seq: number; line: number }, version: number): VerifyReport {
  const reason = `deciso con le regole GIADA della versione ${version}, più recenti di quelle che questa versione di turnario conosce (${GIADA_RULES_VERSION})`;
  return report(records, counts, seeds, { ...at, reason },
    `Registro GIADA non verificabile con questa versione di turnario: il record n. ${at.seq} (riga ${at.line}) è stato ${reason}. Aggiorna turnario e ripeti la verifica; fino al record precedente la catena delle impronte è verificata.`);
}
