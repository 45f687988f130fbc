import type { Writable } from 'node:stream';
import { romeInstant } from '../../../src/feeds/rome-time.ts';
import { isCivilDay } from '../../../src/domain/civil-day.ts';
import { personNameIn } from '../../../src/conversation/format-duty.ts';
import { chatNotifier } from '../../compose/chat-notifier.ts';
import { FixedClock, type Notification, type Notifier, type Store } from '../../../src/ports.ts';
import { jobLabels, jobStatusLines, outcomeLabels } from '../../../jobs/job-status.ts';
import { runDue } from '../../../jobs/run-due.ts';
import { formatInstantIt, romeWallClock } from '../../../jobs/wall-clock.ts';
import { formatWeekdayDayIt } from '../../../src/domain/format-day-it.ts';
import { parseCommandArgs, stringValue } from '../args.ts';
import { writeLine, type Command, clockOf } from '../io.ts';
import { withStore } from '../store-access.ts';
import { usageError } from './office.ts';
import { toName } from '../../../src/domain/italian-preposition.ts';

/**
 * `--at`: `AAAA-MM-GGTHH:MM` is Rome local time; with `Z` or an offset (`+01:00`) it is that instant.
 * Returns the instant or an Italian message.
 */
export function parseTickInstant(text: string): Date | string {
  const local = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})$/.exec(text);
  if (local) {
    const day = local[1]!;
    const hh = local[2]!;
    const mm = local[3]!;
    if (!isCivilDay(day) || Number(hh) > 23 || Number(mm) > 59) return `L'istante "${text}" non esiste: controlla giorno e ora.`;
    const instant = romeInstant(day, `${hh}:${mm}`);
    // The hour the spring change skips has no instant: refuse it rather than run an hour later.
    if (romeWallClock(instant).time !== `${hh}:${mm}`) return `L'istante "${text}" non esiste: ${formatWeekdayDayIt(day)} gli orologi passano dalle 02:00 alle 03:00.`;
    return instant;
  }
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text) && !Number.isNaN(Date.parse(text))) return new Date(text);
  return `L'istante "${text}" non è valido: scrivilo come AAAA-MM-GGTHH:MM (ora di Roma), per esempio 2026-12-03T18:00.`;
}

/** Prints every notification on the terminal: the console is the chat when none is configured. */
export function printingNotifier(store: Store, out: Writable): Notifier {
  return {
    async send(n: Notification) {
      const config = store.snapshot().offices[n.to.officeId];
      const to = n.to.kind === 'office'
        ? `canale dell'ufficio ${config?.office.name ?? n.to.officeId}`
        : `${config ? personNameIn(config, n.to.magistrateId) : n.to.magistrateId} (${n.to.magistrateId})`;
      writeLine(out, `→ ${toName(to)}:`);
      for (const line of n.text.split('\n')) writeLine(out, `    ${line}`);
      if (n.reply?.actions.length) writeLine(out, `    [pulsanti: ${n.reply.actions.map((a) => a.label).join(' · ')}]`);
    },
  };
}

const QUIET = 'Tra le 02:00 e le 02:59 non parte nessun job (nei giorni del cambio dell\'ora quell\'ora non esiste o si ripete): ciò che scade in quella fascia parte alle 03:00.';

const tick: Command = {
  path: ['jobs', 'tick'],
  summary: 'esegue i job pianificati dovuti a un istante (promemoria, riepiloghi, calendari provvisori, annunci)',
  usage: [
    'Uso: turnario jobs tick [--at AAAA-MM-GGTHH:MM] [--dry-run]',
    '',
    'Esegue, sull\'archivio in TURNARIO_DATA_DIR, quello che è dovuto all\'istante indicato (ora di Roma; senza --at: adesso)',
    'e non è ancora stato fatto, e stampa i messaggi inviati; li invia anche su Slack o Teams se sono configurati',
    '(SLACK_BOT_TOKEN, MicrosoftAppId). Ripeterlo non invia nulla due volte.',
    'Con --dry-run mostra cosa farebbe senza inviare né registrare nulla.',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseCommandArgs(args, { at: { type: 'string' }, 'dry-run': { type: 'boolean' } });
    if (!parsed.ok) return usageError(parsed.error, this.usage, io);
    const text = stringValue(parsed.values, 'at');
    const at = text === undefined ? clockOf(io).now() : parseTickInstant(text);
    if (typeof at === 'string') return usageError(at, this.usage, io);
    const dryRun = parsed.values['dry-run'] === true;
    return withStore(io, async (store) => {
      const local = printingNotifier(store, io.stdout);
      const chat = dryRun ? { notifier: local, platforms: [] } : await chatNotifier({ store, clock: new FixedClock(at), env: io.env, local, log: (message, error) => writeLine(io.stderr, `${message}${error instanceof Error ? `: ${error.message}` : ''}`) });
      if (chat.platforms.length > 0) writeLine(io.stdout, `Invio anche su: ${chat.platforms.join(', ')}.`);
      const result = await runDue({ store, notifier: chat.notifier, clock: new FixedClock(at) }, at, { dryRun });
      const when = formatInstantIt(at);
      if (result.quiet) {
        writeLine(io.stdout, QUIET);
        return 0;
      }
      if (dryRun) {
        if (result.due.length === 0) writeLine(io.stdout, `Prova senza invii: ${when} non c'è nulla da fare.`);
        else writeLine(io.stdout, `Prova senza invii: ${when} farei ${result.due.length === 1 ? 'questa cosa' : `queste ${result.due.length} cose`} (nulla è stato inviato né registrato):`);
        for (const item of result.due) writeLine(io.stdout, `  - ${jobLabels[item.job]}: ${item.summary}${item.stale ? ` – da scartare: ${item.stale}` : ''}`);
        return 0;
      }
      if (result.runs.length === 0) {
        writeLine(io.stdout, `Nessun job dovuto ${when} che non sia già stato eseguito.`);
        return 0;
      }
      writeLine(io.stdout, '');
      writeLine(io.stdout, `Esecuzioni ${when}:`);
      for (const run of result.runs) writeLine(io.stdout, `  - ${jobLabels[run.job]} · ${outcomeLabels[run.outcome]}: ${run.detail}`);
      return result.runs.some((r) => r.outcome === 'failed') ? 1 : 0;
    });
  },
};

const status: Command = {
  path: ['jobs', 'status'],
  summary: 'stato dei job pianificati: ultime esecuzioni, invii incerti, prossimi invii',
  usage: 'Uso: turnario jobs status\n\nMostra da quando girano i job, le ultime esecuzioni con l\'esito, gli invii incerti e i prossimi invii previsti.',
  async run(args, io) {
    const parsed = parseCommandArgs(args, {});
    if (!parsed.ok) return usageError(parsed.error, this.usage, io);
    return withStore(io, async (store) => {
      for (const line of await jobStatusLines(store, clockOf(io).now())) writeLine(io.stdout, line);
      return 0;
    });
  },
};

export const jobsCommands: Command[] = [tick, status];
