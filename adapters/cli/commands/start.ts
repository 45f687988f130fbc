import { startTurnario, type Turnario } from '../../compose/index.ts';
import { summarizeOffice } from '../../../src/use-cases/office-summary.ts';
import { parseCommandArgs, stringValue } from '../args.ts';
import { seedDemoOffices } from '../demo-offices.ts';
import { writeLine, type CliIO, type Command, clockOf } from '../io.ts';
import { dataDir, withStore } from '../store-access.ts';
import { usageError } from './office.ts';

const USAGE = [
  'Uso: turnario start [--as COGNOME] [--console] [--no-console] [--no-jobs] [--dry-run]',
  '',
  'Avvia turnario in un solo processo sull\'archivio in TURNARIO_DATA_DIR (predefinito: ./data/runtime);',
  'al primo avvio, con l\'archivio vuoto, carica gli uffici dimostrativi di data/demo e pubblica un calendario dimostrativo.',
  '',
  '  - un server HTTP su HOST:PORT (predefiniti 127.0.0.1:3000) con lo stato in /health e gli indirizzi delle chat;',
  '  - Microsoft Teams se MicrosoftAppId è impostato (o in modalità locale con TURNARIO_TEAMS_LOCAL=1);',
  '  - la chat da console se il terminale è interattivo o con --console (--as sceglie la persona per cognome);',
  '  - i job pianificati (promemoria, annunci, calendari provvisori), salvo --no-jobs.',
  '',
  'Con --dry-run apre l\'archivio, mostra il riepilogo degli uffici e termina.',
  'Ctrl+C (o "esci" nella console) ferma tutto in modo ordinato.',
].join('\n');

function printOffices(io: CliIO, offices: Iterable<Parameters<typeof summarizeOffice>[0]>): void {
  for (const config of offices) {
    writeLine(io.stdout);
    for (const line of summarizeOffice(config)) writeLine(io.stdout, line);
  }
}

/** The old `start`: opens the store, seeds it on first start, prints the summary. */
function dryRun(io: CliIO): Promise<number> {
  return withStore(io, async (store) => {
    const seeded = await seedDemoOffices(store, clockOf(io));
    writeLine(io.stdout, `turnario – archivio: ${dataDir(io.env)}`);
    if (seeded.length > 0) writeLine(io.stdout, `Primo avvio: caricati gli uffici dimostrativi (${seeded.join(', ')}).`);
    printOffices(io, Object.values(store.snapshot().offices));
    return 0;
  });
}

/** Resolves on the first SIGINT or SIGTERM. */
function nextStopSignal(): { promise: Promise<string>; dispose(): void } {
  let dispose = () => {};
  const promise = new Promise<string>((resolve) => {
    const on = (signal: string) => () => resolve(signal);
    const int = on('SIGINT');
    const term = on('SIGTERM');
    process.once('SIGINT', int);
    process.once('SIGTERM', term);
    dispose = () => {
      process.off('SIGINT', int);
      process.off('SIGTERM', term);
    };
  });
  return { promise, dispose };
}

const start: Command = {
  path: ['start'],
  summary: 'avvia turnario: server HTTP, chat (console, Teams, Slack) e job pianificati in un solo processo',
  usage: USAGE,
  async run(args, io) {
    const parsed = parseCommandArgs(args, { as: { type: 'string' }, console: { type: 'boolean' }, 'no-console': { type: 'boolean' }, 'no-jobs': { type: 'boolean' }, 'dry-run': { type: 'boolean' } });
    if (!parsed.ok) return usageError(parsed.error, this.usage, io);
    if (parsed.values['dry-run']) return dryRun(io);
    const interactive = Boolean((io.stdin as { isTTY?: boolean }).isTTY);
    const withConsole = !parsed.values['no-console'] && (Boolean(parsed.values.console) || interactive);
    const as = stringValue(parsed.values, 'as');
    if (as !== undefined && !withConsole) writeLine(io.stderr, 'Nota: --as vale solo per la chat da console, che qui non parte (aggiungi --console).');
    const log = {
      info: (line: string) => writeLine(io.stdout, line),
      error: (message: string, error?: unknown) => writeLine(io.stderr, `${message}${error instanceof Error ? `: ${error.message}` : ''}`),
    };
    const signal = nextStopSignal();
    let turnario: Turnario;
    try {
      writeLine(io.stdout, `turnario – archivio: ${dataDir(io.env)}`);
      turnario = await startTurnario({
        env: io.env, dataDir: dataDir(io.env), log, jobs: !parsed.values['no-jobs'],
        ...(withConsole ? { console: { input: io.stdin, output: io.stdout, ...(as !== undefined ? { as } : {}) } } : {}),
      });
    } catch (error) {
      signal.dispose();
      writeLine(io.stderr, (error as Error).message);
      return 1;
    }
    if (!withConsole) writeLine(io.stdout, 'turnario è avviato. Ctrl+C per fermarlo.');
    const reason = await Promise.race([signal.promise, turnario.consoleDone.then(() => 'console')]);
    signal.dispose();
    if (reason !== 'console') writeLine(io.stdout, '\nArresto in corso…');
    await turnario.stop();
    writeLine(io.stdout, 'turnario si è fermato.');
    return 0;
  },
};

export const startCommands: Command[] = [start];
