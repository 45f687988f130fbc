import { readFile, writeFile } from 'node:fs/promises';
import { civilDayAt, isCivilDay } from '../../../src/domain/civil-day.ts';
import { giadaProfileSchema, hearingRequestSchema, type HearingRequest } from '../../../src/domain/giada.ts';
import { describeBadRegisterNumber, findProceedingId, isRegisterNumber } from '../../../src/giada/register-number.ts';
import { dayWithArticle } from '../../../src/giada/day-with-article.ts';
import { formatIssues } from '../../../src/domain/format-issues.ts';
import { formatDayIt } from '../../../src/domain/format-day-it.ts';
import { parseOfficeConfigText } from '../../../src/domain/parse-office-config.ts';
import { buildGiadaSetup, computeBalance, formatBalance, listCasesOnBlockedDays, listManualCases, openOfficeEngine as openGiadaOfOffice, semesterOf, simulateRequests, verifyLedger, type Actor, type GiadaEngine, type GiadaOutcome } from '../../../src/giada/index.ts';
import { MemoryNotifier, MemoryStore, type Notifier, type Store } from '../../../src/ports.ts';
import { parseCommandArgs, stringValue } from '../args.ts';
import { actorOf } from '../actor.ts';
import { writeLine, type CliIO, type Command, clockOf } from '../io.ts';
import { withStore } from '../store-access.ts';
import { resolveMagistrate } from '../../../src/use-cases/resolve-magistrate.ts';
import { usageError } from './office.ts';
import { describeFileError } from '../file-errors.ts';

/** Notices to the Dibattimento office, shown on the console. */
function consoleNotifier(io: CliIO): Notifier {
  return { send: async (n) => writeLine(io.stdout, `Avviso all'ufficio del dibattimento: ${n.text}`) };
}

async function openOfficeEngine(store: Store, officeId: string, io: CliIO): Promise<GiadaEngine | null> {
  const opened = await openGiadaOfOffice({ store, clock: clockOf(io), notifier: consoleNotifier(io), officeId });
  if (opened.ok) return opened.engine;
  writeLine(io.stderr, opened.message);
  return null;
}

function report(outcome: GiadaOutcome, io: CliIO): number {
  if (!outcome.ok) {
    writeLine(io.stderr, outcome.message);
    return 1;
  }
  if (outcome.assignment) writeLine(io.stdout, JSON.stringify(outcome.assignment));
  if (outcome.message) writeLine(io.stdout, outcome.message);
  return 0;
}

async function readRequest(json: string | undefined, io: CliIO): Promise<HearingRequest | string> {
  let text = json;
  if (text === undefined) {
    const chunks: Buffer[] = [];
    for await (const chunk of io.stdin) chunks.push(Buffer.from(chunk as Buffer));
    text = Buffer.concat(chunks).toString('utf8');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'La richiesta non è un JSON valido.';
  }
  const parsed = hearingRequestSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) return `Richiesta non valida: ${formatIssues(parsed.error.issues, hearingRequestSchema).join('; ')}`;
  if (!isRegisterNumber(parsed.data.id)) return `Richiesta non valida: ${describeBadRegisterNumber(parsed.data.id)}`;
  return parsed.data;
}

/** The value of a date option, checked: undefined when absent, an Italian message when not a real day. */
function dayOption(values: Record<string, unknown>, name: string): string | undefined | { error: string } {
  const day = stringValue(values, name);
  if (day === undefined || isCivilDay(day)) return day;
  return { error: `L'opzione --${name} vuole una data che esista, scritta come AAAA-MM-GG (trovato "${day}").` };
}

/** Who acts for the Dibattimento office (or the profile given with --profile), or an Italian message for an unknown profile. */
function staffActor(values: Record<string, unknown>, io: CliIO): Actor | { error: string } {
  const given = stringValue(values, 'profile') ?? 'dibattimento';
  const profile = giadaProfileSchema.safeParse(given);
  if (!profile.success) return { error: `Profilo sconosciuto: «${given}». I profili di GIADA sono pm, gip e dibattimento.` };
  return { profile: profile.data, userId: actorOf(values, io) };
}

const simulate: Command = {
  path: ['giada', 'simulate'],
  summary: 'ripete in ordine un file di richieste GIADA su uno stato nuovo',
  usage: 'Uso: turnario giada simulate --office FILE.json --requests RICHIESTE.jsonl --out ASSEGNAZIONI.jsonl [--ledger REGISTRO.jsonl]',
  async run(args, io) {
    const parsed = parseCommandArgs(args, { office: { type: 'string' }, requests: { type: 'string' }, out: { type: 'string' }, ledger: { type: 'string' } });
    if (!parsed.ok) return usageError(parsed.error, this.usage, io);
    const v = parsed.values;
    const missing = ['office', 'requests', 'out'].filter((n) => stringValue(v, n) === undefined);
    if (missing.length > 0) return usageError(`Mancano le opzioni: ${missing.map((m) => `--${m}`).join(', ')}.`, this.usage, io);
    try {
      const office = parseOfficeConfigText(await readFile(stringValue(v, 'office')!, 'utf8'));
      if (!office.ok) {
        office.errors.forEach((e) => writeLine(io.stderr, e));
        return 1;
      }
      if (!office.value.giada) {
        writeLine(io.stderr, `L'ufficio del file, ${office.value.office.name}, non ha una configurazione GIADA: la simulazione richiede un Tribunale con la sezione "giada".`);
        return 1;
      }
      const store = new MemoryStore();
      const notifier = new MemoryNotifier();
      const result = await simulateRequests({ setup: buildGiadaSetup(office.value), text: await readFile(stringValue(v, 'requests')!, 'utf8'), store, clock: clockOf(io), notifier });
      await writeFile(stringValue(v, 'out')!, result.assignments.map((a) => `${JSON.stringify(a)}\n`).join(''));
      const ledger = stringValue(v, 'ledger');
      if (ledger) await writeFile(ledger, (await store.readLog('giada-ledger')).map((r) => `${JSON.stringify(r)}\n`).join(''));
      result.summary.forEach((line) => writeLine(io.stdout, line));
      writeLine(io.stdout, `Avvisi all'ufficio del dibattimento: ${notifier.sent.length}.`);
      return 0;
    } catch (error) {
      writeLine(io.stderr, `Impossibile leggere o scrivere i file: ${describeFileError(error)}.`);
      return 1;
    }
  },
};

const request: Command = {
  path: ['giada', 'request'],
  summary: 'chiede la prima udienza per un processo (richiesta JSON con --json o da stdin)',
  usage: 'Uso: turnario giada request --office ID [--json \'{"id":"1234/2026",…}\']\n\nSenza --json la richiesta si legge dallo standard input. L\'id è il numero di R.G. del procedimento.',
  async run(args, io) {
    const parsed = parseCommandArgs(args, { office: { type: 'string' }, json: { type: 'string' } });
    if (!parsed.ok) return usageError(parsed.error, this.usage, io);
    const officeId = stringValue(parsed.values, 'office');
    if (!officeId) return usageError('Manca l\'opzione --office.', this.usage, io);
    const req = await readRequest(stringValue(parsed.values, 'json'), io);
    if (typeof req === 'string') return usageError(req, this.usage, io);
    // A request is filed on the day it is made: a later date would push its fixing window (a past one the engine refuses).
    const today = civilDayAt(clockOf(io).now());
    if (req.requestedOn > today) return usageError(`Richiesta non valida: è datata ${formatDayIt(req.requestedOn)}, un giorno che deve ancora venire. La data della richiesta è quella in cui la si presenta (oggi è ${dayWithArticle('il', today)}).`, this.usage, io);
    return withStore(io, async (store) => {
      const engine = await openOfficeEngine(store, officeId, io);
      return engine ? report(await engine.request(req), io) : 1;
    });
  },
};

const reassign: Command = {
  path: ['giada', 'reassign'],
  summary: 'astensione, riassegnazione, annullamento o riunione di processi (ufficio del dibattimento)',
  usage: [
    'Uso: turnario giada reassign --office ID --request ID --cause astensione|riassegnazione|annullamento|riunione --reason TESTO',
    '       [--joined ID,ID] [--on AAAA-MM-GG] [--profile dibattimento] [--by NOME]',
    '',
    'Con --cause riunione, i processi di --joined sono riuniti a quello di --request, il cui peso è ricalcolato.',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      office: { type: 'string' }, request: { type: 'string' }, cause: { type: 'string' }, reason: { type: 'string' },
      joined: { type: 'string' }, on: { type: 'string' }, profile: { type: 'string' }, by: { type: 'string' },
    });
    if (!parsed.ok) return usageError(parsed.error, this.usage, io);
    const v = parsed.values;
    const missing = ['office', 'request', 'cause', 'reason'].filter((n) => stringValue(v, n) === undefined);
    if (missing.length > 0) return usageError(`Mancano le opzioni: ${missing.map((m) => `--${m}`).join(', ')}.`, this.usage, io);
    const cause = stringValue(v, 'cause')!;
    if (!['astensione', 'riassegnazione', 'annullamento', 'riunione'].includes(cause)) return usageError(`Causa sconosciuta: «${cause}».`, this.usage, io);
    const actor = staffActor(v, io);
    if ('error' in actor) return usageError(actor.error, this.usage, io);
    const onDay = dayOption(v, 'on');
    if (typeof onDay === 'object') return usageError(onDay.error, this.usage, io);
    return withStore(io, async (store) => {
      const engine = await openOfficeEngine(store, stringValue(v, 'office')!, io);
      if (!engine) return 1;
      // "77/26" finds the proceeding stored as "n. 77/26 R.G.N.R."; an id found nowhere is passed on, and refused by the engine.
      const stored = (written: string) => findProceedingId(engine.state.cases.keys(), written.trim()) ?? written.trim();
      const requestId = stored(stringValue(v, 'request')!);
      const reason = stringValue(v, 'reason')!;
      if (cause === 'annullamento') return report(await engine.cancel(requestId, reason, actor), io);
      if (cause === 'riunione') return report(await engine.join(requestId, (stringValue(v, 'joined') ?? '').split(',').filter((id) => id.trim() !== '').map(stored), reason, actor), io);
      const on = onDay ?? civilDayAt(clockOf(io).now());
      return report(await engine.reassign({ requestId, cause: cause as 'astensione' | 'riassegnazione', reason, actor, on }), io);
    });
  },
};

const backfill: Command = {
  path: ['giada', 'backfill'],
  summary: 'inserisce un\'assegnazione fatta a mano: turno cartaceo o intervento manuale su un processo senza udienze libere (ufficio del dibattimento)',
  usage: [
    'Uso: turnario giada backfill --office ID (--json \'{richiesta}\' | --request ID) (--judge COGNOME|ID | --panel ID) --date AAAA-MM-GG --reason TESTO [--by NOME]',
    '',
    'Con --json si inserisce un processo assegnato con il turno cartaceo; con --request il giudice e la data',
    'fissati a mano per un processo che GIADA ha lasciato all\'intervento manuale (o per uno annullato).',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      office: { type: 'string' }, json: { type: 'string' }, request: { type: 'string' }, judge: { type: 'string' }, panel: { type: 'string' }, date: { type: 'string' },
      reason: { type: 'string' }, profile: { type: 'string' }, by: { type: 'string' },
    });
    if (!parsed.ok) return usageError(parsed.error, this.usage, io);
    const v = parsed.values;
    const missing = ['office', 'date', 'reason'].filter((n) => stringValue(v, n) === undefined);
    if (missing.length > 0) return usageError(`Mancano le opzioni: ${missing.map((m) => `--${m}`).join(', ')}.`, this.usage, io);
    const judge = stringValue(v, 'judge');
    const panelId = stringValue(v, 'panel');
    if ((judge === undefined) === (panelId === undefined)) return usageError('Indica il giudice (--judge) oppure il collegio (--panel).', this.usage, io);
    const hearingDate = dayOption(v, 'date');
    if (typeof hearingDate === 'object') return usageError(hearingDate.error, this.usage, io);
    const actor = staffActor(v, io);
    if ('error' in actor) return usageError(actor.error, this.usage, io);
    const requestId = stringValue(v, 'request');
    if (requestId !== undefined && stringValue(v, 'json') !== undefined) return usageError('Indica la richiesta con --json oppure con --request, non con entrambe.', this.usage, io);
    const given = requestId === undefined ? await readRequest(stringValue(v, 'json'), io) : null;
    if (typeof given === 'string') return usageError(given, this.usage, io);
    const officeId = stringValue(v, 'office')!;
    return withStore(io, async (store) => {
      const engine = await openOfficeEngine(store, officeId, io);
      if (!engine) return 1;
      const req = given ?? engine.state.cases.get(findProceedingId(engine.state.cases.keys(), requestId!.trim()) ?? requestId!)?.request;
      if (!req) {
        writeLine(io.stderr, `Nessun processo con richiesta ${requestId} nel registro GIADA.`);
        return 1;
      }
      let owner: { judgeId: string } | { panelId: string } = { panelId: panelId ?? '' };
      if (judge !== undefined) {
        const judgeId = judgeIdOf(engine, store, officeId, judge);
        if (typeof judgeId === 'object') {
          writeLine(io.stderr, judgeId.error);
          return 1;
        }
        owner = { judgeId };
      }
      return report(await engine.backfill({ request: req, ...owner, hearingDate: hearingDate!, reason: stringValue(v, 'reason')!, actor }), io);
    });
  },
};

/** A GIADA judge's id from what the cancelleria wrote: the id, the surname, or name and surname. */
function judgeIdOf(engine: GiadaEngine, store: Store, officeId: string, written: string): string | { error: string } {
  const judges = new Set(engine.state.model.config.judges.map((j) => j.magistrateId));
  if (judges.has(written)) return written;
  const found = resolveMagistrate(store.snapshot(), written, officeId);
  if (!found.ok) return { error: found.message };
  const m = found.found.magistrate;
  return judges.has(m.id) ? m.id : { error: `${m.name} ${m.surname} non è tra i giudici di GIADA del Tribunale: indica un giudice che tiene udienze dibattimentali.` };
}

const verify: Command = {
  path: ['giada', 'verify'],
  summary: 'verifica la catena del registro GIADA e ricalcola ogni decisione',
  usage: 'Uso: turnario giada verify [--ledger REGISTRO.jsonl]\n\nSenza --ledger verifica il registro dell\'archivio in TURNARIO_DATA_DIR.',
  async run(args, io) {
    const parsed = parseCommandArgs(args, { ledger: { type: 'string' } });
    if (!parsed.ok) return usageError(parsed.error, this.usage, io);
    const file = stringValue(parsed.values, 'ledger');
    const check = (lines: unknown[]) => {
      const result = verifyLedger(lines);
      writeLine(result.ok ? io.stdout : io.stderr, result.message);
      return result.ok ? 0 : 1;
    };
    if (file) {
      try {
        const text = await readFile(file, 'utf8');
        return check(text.split('\n').filter((l) => l.trim() !== '').map((l) => { try { return JSON.parse(l) as unknown; } catch { return null; } }));
      } catch (error) {
        writeLine(io.stderr, `Impossibile leggere il registro: ${describeFileError(error)}.`);
        return 1;
      }
    }
    return withStore(io, async (store) => check(await store.readLog('giada-ledger')));
  },
};

const reportCommand: Command = {
  path: ['giada', 'report'],
  summary: 'carichi ponderati per tempo pieno, allarme di squilibrio e processi in attesa di intervento manuale',
  usage: 'Uso: turnario giada report --office ID [--from AAAA-MM-GG] [--to AAAA-MM-GG]\n\nPer difetto, il semestre in corso.',
  async run(args, io) {
    const parsed = parseCommandArgs(args, { office: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' } });
    if (!parsed.ok) return usageError(parsed.error, this.usage, io);
    const officeId = stringValue(parsed.values, 'office');
    if (!officeId) return usageError('Manca l\'opzione --office.', this.usage, io);
    const semester = semesterOf(civilDayAt(clockOf(io).now()));
    const given = { from: dayOption(parsed.values, 'from'), to: dayOption(parsed.values, 'to') };
    if (typeof given.from === 'object') return usageError(given.from.error, this.usage, io);
    if (typeof given.to === 'object') return usageError(given.to.error, this.usage, io);
    const from = given.from ?? semester.from;
    const to = given.to ?? semester.to;
    if (from > to) return usageError(`Il periodo è al contrario: --from (${formatDayIt(from)}) viene dopo --to (${formatDayIt(to)}).`, this.usage, io);
    return withStore(io, async (store) => {
      const engine = await openOfficeEngine(store, officeId, io);
      if (!engine) return 1;
      formatBalance(computeBalance(engine.state, from, to)).forEach((l) => writeLine(io.stdout, l));
      writeLine(io.stdout);
      listManualCases(engine.state).forEach((l) => writeLine(io.stdout, l));
      const blocked = listCasesOnBlockedDays(engine.state);
      if (blocked.length > 0) writeLine(io.stdout);
      blocked.forEach((l) => writeLine(io.stdout, l));
      return 0;
    });
  },
};

export const giadaCommands: Command[] = [simulate, request, reassign, backfill, verify, reportCommand];
