/**
 * Guard of GIADA's rules version (src/giada/rules-version.ts).
 *
 * fixtures/ledger-rules-v3.jsonl was written by the current code (fixtures/write-ledger-fixture.ts: the demo
 * Tribunale, assignments, an abstention, a joinder, a backfill, a cancellation, then twelve cases of the matter
 * restricted to the VII section) and must verify with every decision replayed. IF THIS FAILS AFTER A CHANGE TO
 * DECISION RULES, the change alters decisions: bump GIADA_RULES_VERSION, write a new fixture ledger-rules-v<N>.jsonl
 * with the script and point `current` at it, and move the old one into `previous`: it must still verify, with the
 * "regole precedenti" message.
 *
 * fixtures/ledger-rules-v2.jsonl was written by the same script on the code of the commit before version 3 (the
 * section percentages in the rotation): its first eleven records are those it held before the script added the twelve
 * cases of "pubblica amministrazione", whose rotation version 3 weighs by the judges' percentages in the VII section.
 * fixtures/ledger-rules-v1.jsonl was written by the script's first eleven steps on the code of commit 1aba52f^ (before
 * the charge-code fix): its records carry no version (1), and "416-bis" weighs 2 there, 7 today.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseOfficeConfigText } from '../../src/domain/parse-office-config.ts';
import { GiadaEngine } from '../../src/giada/engine.ts';
import { openOfficeEngine } from '../../src/giada/open-office-engine.ts';
import type { LedgerRecord } from '../../src/giada/ledger-record.ts';
import { DECIDED_KINDS, GIADA_RULES_VERSION } from '../../src/giada/rules-version.ts';
import { verifyLedger } from '../../src/giada/verify.ts';
import { FixedClock, MemoryNotifier, MemoryStore } from '../../src/ports.ts';
import { resealFrom } from './fixtures.ts';

type Line = LedgerRecord & { rulesVersion?: unknown; decision?: { candidateId: string | null; weight: number }; weight?: number; candidateId?: string };

function load(name: string): Line[] {
  const text = readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
  return text.trim().split('\n').map((l) => JSON.parse(l) as Line);
}

const current = { file: 'ledger-rules-v3.jsonl', version: 3 };
/** Each earlier fixture, and the first of its records that today's rules decide otherwise (`differs`: how it shows). */
const previous = [
  {
    // Stamped from record 12 on: the earlier ones hold the hash of the record before them about the same case, which
    // stamping changes (record 7, the abstention), and none of them is a case the section percentages weigh.
    file: 'ledger-rules-v2.jsonl', version: 2, stampFrom: 12, firstOtherwise: 12,
    // P8, the 19th record: Francesca Gentile (50% in the VII section) under version 2, Daniela Palumbo (100%) today.
    differs: (lines: Line[]) => [lines[18]!.decision!.candidateId, load(current.file)[18]!.decision!.candidateId],
    expected: ['gentile-francesca', 'palumbo-daniela'],
  },
  {
    file: 'ledger-rules-v1.jsonl', version: 1, stampFrom: 1, firstOtherwise: 4,
    // Record 4 is the rinvio a giudizio for "416-bis": weight 2 then, 7 today.
    differs: (lines: Line[]) => [lines[3]!.decision!.weight], expected: [2],
  },
];
const decided = (lines: Line[]) => lines.filter((l) => DECIDED_KINDS.has(l.kind)).length;

describe('the ledger fixture of the current rules', () => {
  it('is of the current version and verifies with every decision replayed', () => {
    expect(current.version).toBe(GIADA_RULES_VERSION);
    const lines = load(current.file);
    for (const line of lines) if (DECIDED_KINDS.has(line.kind)) expect(line.rulesVersion).toBe(GIADA_RULES_VERSION);
    const report = verifyLedger(lines);
    expect(report).toMatchObject({ ok: true, replayed: decided(lines), olderRules: 0, firstBad: null });
    expect(report.message).toBe(`Registro GIADA integro: ${lines.length} record, catena delle impronte completa, ${decided(lines)} decisioni ricalcolate e identiche.`);
  });

  it('catches a forged decision (another panel, chain resealed): the replay disagrees', () => {
    const lines = load(current.file);
    lines[3]!.decision!.candidateId = lines[3]!.decision!.candidateId === 'collegio-1b' ? 'collegio-1a' : 'collegio-1b';
    resealFrom(lines, 3);
    const report = verifyLedger(lines);
    expect(report.ok).toBe(false);
    expect(report.message).toBe('Registro GIADA non integro: il primo record che non torna è il n. 4 (riga 4): la decisione ricalcolata dal registro è diversa da quella registrata.');
  });

  it('does not let a version taken off one record (after versioned ones) skip the replay', () => {
    const lines = load(current.file);
    delete lines[5]!.rulesVersion;
    lines[5]!.decision!.candidateId = 'ferrari-giorgio';
    resealFrom(lines, 5);
    const report = verifyLedger(lines);
    expect(report.firstBad).toMatchObject({ seq: 6, line: 6 });
    expect(report.message).toContain(`dichiara le regole di decisione della versione 1, precedenti a quelle (versione ${GIADA_RULES_VERSION}) di un record già registrato`);
  });

  it('refuses a version that is not a whole number', () => {
    const lines = load(current.file);
    lines[1]!.rulesVersion = '2';
    resealFrom(lines, 1);
    expect(verifyLedger(lines).firstBad).toMatchObject({ seq: 2, reason: 'versione delle regole di decisione non valida ("2")' });
  });

  it('says a record of rules newer than the code cannot be judged here, and the engine will not write after it', async () => {
    const lines = load(current.file);
    lines[3]!.rulesVersion = GIADA_RULES_VERSION + 1;
    resealFrom(lines, 3);
    const report = verifyLedger(lines);
    expect(report.ok).toBe(false);
    expect(report.firstBad).toMatchObject({ seq: 4, line: 4 });
    expect(report.message).toBe(
      `Registro GIADA non verificabile con questa versione di turnario: il record n. 4 (riga 4) è stato deciso con le regole GIADA della versione ${GIADA_RULES_VERSION + 1}, più recenti di quelle che questa versione di turnario conosce (${GIADA_RULES_VERSION}). Aggiorna turnario e ripeti la verifica; fino al record precedente la catena delle impronte è verificata.`,
    );
    const store = new MemoryStore();
    for (const line of lines) await store.append('giada-ledger', line);
    const setup = lines[0]!.kind === 'setup' ? lines[0]!.setup : null;
    await expect(GiadaEngine.open({ store, clock: new FixedClock(new Date('2027-01-19T08:00:00Z')), notifier: new MemoryNotifier(), setup: setup! }))
      .rejects.toThrow(`Registro GIADA scritto con regole di decisione più recenti (versione ${GIADA_RULES_VERSION + 1}) di quelle di questa versione di turnario (${GIADA_RULES_VERSION}): aggiorna turnario prima di usare il registro.`);
  });

  it('is refused in Italian by every front that opens the office, before anything is written', async () => {
    const parsed = parseOfficeConfigText(readFileSync(new URL('../../data/demo/tribunale-napoli.json', import.meta.url), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const store = new MemoryStore();
    await store.update((draft) => {
      draft.offices[parsed.value.office.id] = parsed.value as never;
    });
    const lines = load(current.file);
    lines[1]!.rulesVersion = GIADA_RULES_VERSION + 1;
    resealFrom(lines, 1);
    for (const line of lines) await store.append('giada-ledger', line);
    const opened = await openOfficeEngine({ store, clock: new FixedClock(new Date('2027-01-19T08:00:00Z')), notifier: new MemoryNotifier(), officeId: 'tribunale-napoli' });
    expect(opened).toEqual({ ok: false, message: `Registro GIADA scritto con regole di decisione più recenti (versione ${GIADA_RULES_VERSION + 1}) di quelle di questa versione di turnario (${GIADA_RULES_VERSION}): aggiorna turnario prima di usare il registro.` });
    expect(await store.readLog('giada-ledger')).toHaveLength(lines.length);
  });
});

describe.each(previous)('the ledger fixture of earlier rules ($file)', ({ file, version, stampFrom, firstOtherwise, differs, expected }) => {
  it('verifies as decided under earlier rules, not as tampered', () => {
    const lines = load(file);
    const report = verifyLedger(lines);
    expect(report).toMatchObject({ ok: true, replayed: 0, olderRules: decided(lines), olderVersions: [version], firstBad: null });
    expect(report.message).toBe(
      `Registro GIADA integro: ${lines.length} record, catena delle impronte completa; ${decided(lines)} decisioni prese con regole precedenti (versione ${version}): catena delle impronte verificata, ricalcolo non applicabile.`,
    );
  });

  it('holds decisions that today’s rules would take otherwise (stamped current and resealed, it fails the replay)', () => {
    const lines = load(file);
    for (const line of lines.slice(stampFrom - 1)) if (DECIDED_KINDS.has(line.kind)) line.rulesVersion = GIADA_RULES_VERSION;
    resealFrom(lines, Math.max(1, stampFrom - 1));
    const report = verifyLedger(lines);
    expect(report.firstBad).toMatchObject({ seq: firstOtherwise, reason: 'la decisione ricalcolata dal registro è diversa da quella registrata' });
    expect(differs(load(file))).toEqual(expected);
  });

  it('catches a record changed without resealing', () => {
    const lines = load(file);
    lines[3]!.decision!.weight += 5;
    expect(verifyLedger(lines).message).toBe("Registro GIADA non integro: il primo record che non torna è il n. 4 (riga 4): l'impronta SHA-256 non corrisponde al contenuto: il record è stato modificato.");
  });

  it('catches a resealed record that names a judge the setup does not have, or a case no record filed', () => {
    const judge = load(file);
    judge[8]!.candidateId = 'giudice-inesistente';
    resealFrom(judge, 8);
    expect(verifyLedger(judge).firstBad).toMatchObject({ seq: 9, reason: 'il giudice «giudice-inesistente» non è nella configurazione in vigore' });
    const unknownCase = load(file);
    const cancellation = unknownCase[9] as Line & { requestId: string };
    cancellation.requestId = 'F99';
    resealFrom(unknownCase, 9);
    expect(verifyLedger(unknownCase).firstBad).toMatchObject({ seq: 10, reason: 'il record riguarda il processo F99, che non compare in nessun record precedente' });
  });
});

describe('a ledger written before an update and continued after it', () => {
  it('verifies: the earlier decisions checked as written, the later ones replayed, each counted', async () => {
    const old = load(previous[0]!.file);
    const store = new MemoryStore();
    for (const line of old) await store.append('giada-ledger', line);
    const setup = old[0]!.kind === 'setup' ? old[0]!.setup : null;
    const engine = await GiadaEngine.open({ store, clock: new FixedClock(new Date('2027-01-19T08:00:00Z')), notifier: new MemoryNotifier(), setup: setup! });
    const gip = { profile: 'gip' as const, userId: 'gip-bianchi' };
    for (const [id, code] of [['N1', '416-bis'], ['N2', '640 c.p.']] as const) {
      const outcome = await engine.request({ id, type: 'rinvio_a_giudizio', requestedOn: '2027-01-19', subjectMatter: 'reati-comuni', urgent: false, defendants: [{ detained: false }], charges: [{ code }], requestedBy: gip });
      expect(outcome.ok).toBe(true);
    }
    await engine.cancel('F3', 'richiesta revocata', { profile: 'dibattimento', userId: 'cancelleria' });
    const lines = (await store.readLog('giada-ledger')) as Line[];
    expect(lines.slice(old.length).map((l) => l.rulesVersion)).toEqual([GIADA_RULES_VERSION, GIADA_RULES_VERSION, GIADA_RULES_VERSION]);
    const report = verifyLedger(lines);
    expect(report).toMatchObject({ ok: true, replayed: 3, olderRules: decided(old), olderVersions: [previous[0]!.version] });
    expect(report.message).toBe(
      `Registro GIADA integro: ${lines.length} record, catena delle impronte completa, 3 decisioni ricalcolate e identiche; ${decided(old)} decisioni prese con regole precedenti (versione ${previous[0]!.version}): catena delle impronte verificata, ricalcolo non applicabile.`,
    );
  });
});
