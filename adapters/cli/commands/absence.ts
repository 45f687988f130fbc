import { absenceTypeLabels, absenceTypes } from '../../../src/domain/absence.ts';
import { formatRangeIt } from '../../../src/domain/format-day-it.ts';
import { fullName } from '../../../src/domain/magistrate.ts';
import { cancelAbsence } from '../../../src/use-cases/cancel-absence.ts';
import { declareAbsence } from '../../../src/use-cases/declare-absence.ts';
import { listAbsences } from '../../../src/use-cases/list-absences.ts';
import { magistrateById, resolveMagistrate } from '../../../src/use-cases/resolve-magistrate.ts';
import { parseCommandArgs, stringValue } from '../args.ts';
import { actorOf } from '../actor.ts';
import { writeLine, type Command, clockOf } from '../io.ts';
import { withStore } from '../store-access.ts';
import { usageError } from './office.ts';

const add: Command = {
  path: ['absence', 'add'],
  summary: 'registra un\'assenza (ferie, malattia, congedo, formazione, altro)',
  usage: [
    'Uso: turnario absence add --magistrate COGNOME|ID --type TIPO --from AAAA-MM-GG [--to AAAA-MM-GG] [--note TESTO] [--merge] [--by NOME]',
    '',
    `Tipi: ${absenceTypes.join(', ')}. Le date sono incluse entrambe; senza --to l'assenza è del solo giorno --from.`,
    'Le assenze di un magistrato non si sovrappongono: con --merge un\'assenza dello stesso tipo che si sovrappone o è contigua viene unita alla nuova.',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      magistrate: { type: 'string' }, type: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
      note: { type: 'string' }, merge: { type: 'boolean' }, by: { type: 'string' },
    });
    if (!parsed.ok) return usageError(parsed.error, this.usage, io);
    const v = parsed.values;
    const missing = ['magistrate', 'type', 'from'].filter((name) => stringValue(v, name) === undefined);
    if (missing.length > 0) return usageError(`Mancano le opzioni: ${missing.map((m) => `--${m}`).join(', ')}.`, this.usage, io);
    return withStore(io, async (store) => {
      const result = await declareAbsence(store, clockOf(io), {
        magistrate: stringValue(v, 'magistrate')!, type: stringValue(v, 'type')!, from: stringValue(v, 'from')!,
        to: stringValue(v, 'to') ?? stringValue(v, 'from')!, note: stringValue(v, 'note'), merge: v.merge === true, actor: actorOf(v, io),
      });
      writeLine(result.ok ? io.stdout : io.stderr, result.message);
      return result.ok ? 0 : 1;
    });
  },
};

const list: Command = {
  path: ['absence', 'list'],
  summary: 'elenca le assenze registrate',
  usage: 'Uso: turnario absence list [--magistrate COGNOME|ID] [--office ID] [--from AAAA-MM-GG] [--to AAAA-MM-GG] [--all]\n\nCon --all mostra anche le assenze annullate.',
  async run(args, io) {
    const parsed = parseCommandArgs(args, {
      magistrate: { type: 'string' }, office: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, all: { type: 'boolean' },
    });
    if (!parsed.ok) return usageError(parsed.error, this.usage, io);
    const v = parsed.values;
    return withStore(io, async (store) => {
      const state = store.snapshot();
      let magistrateId: string | undefined;
      const query = stringValue(v, 'magistrate');
      if (query !== undefined) {
        const resolved = resolveMagistrate(state, query);
        if (!resolved.ok) {
          writeLine(io.stderr, resolved.message);
          return 1;
        }
        magistrateId = resolved.found.magistrate.id;
      }
      const from = stringValue(v, 'from');
      const to = stringValue(v, 'to');
      if (from && to && from > to) {
        writeLine(io.stderr, `L'intervallo è rovesciato: la data finale (${to}) precede quella iniziale (${from}).`);
        return 1;
      }
      const rows = listAbsences(state, { magistrateId, officeId: stringValue(v, 'office'), from, to, includeCancelled: v.all === true });
      if (rows.length === 0) {
        writeLine(io.stdout, 'Nessuna assenza trovata.');
        return 0;
      }
      for (const a of rows) {
        const who = magistrateById(state, a.magistrateId);
        const cancelled = a.status === 'cancelled' ? ' [annullata]' : '';
        const note = a.note ? ` – ${a.note}` : '';
        writeLine(io.stdout, `${a.id}  ${who ? fullName(who.magistrate) : a.magistrateId}: ${absenceTypeLabels[a.type]} ${formatRangeIt(a.from, a.to)}${note}${cancelled}`);
      }
      return 0;
    });
  },
};

const cancel: Command = {
  path: ['absence', 'cancel'],
  summary: 'annulla un\'assenza registrata',
  usage: 'Uso: turnario absence cancel ID [--by NOME]\n\nL\'assenza resta nell\'archivio, segnata come annullata.',
  async run(args, io) {
    const parsed = parseCommandArgs(args, { by: { type: 'string' } });
    if (!parsed.ok) return usageError(parsed.error, this.usage, io);
    const id = parsed.positionals[0];
    if (!id) return usageError('Indica l\'id dell\'assenza da annullare.', this.usage, io);
    return withStore(io, async (store) => {
      const result = await cancelAbsence(store, clockOf(io), id, actorOf(parsed.values, io));
      writeLine(result.ok ? io.stdout : io.stderr, result.message);
      return result.ok ? 0 : 1;
    });
  },
};

export const absenceCommands: Command[] = [add, list, cancel];
