import { readFile } from 'node:fs/promises';
import { describeHeadOnDay } from '../../../src/conversation/describe-head.ts';
import { civilDayAt } from '../../../src/domain/civil-day.ts';
import { parseOfficeConfigText } from '../../../src/domain/parse-office-config.ts';
import { importOffice } from '../../../src/use-cases/import-office.ts';
import { summarizeOffice } from '../../../src/use-cases/office-summary.ts';
import { parseCommandArgs, stringValue } from '../args.ts';
import { writeLine, type CliIO, type Command, clockOf } from '../io.ts';
import { withStore } from '../store-access.ts';
import { actorOf } from '../actor.ts';

/** Reads and validates a configuration file; prints the Italian errors and returns null when invalid. */
async function loadConfigFile(file: string | undefined, io: CliIO) {
  if (!file) {
    writeLine(io.stderr, 'Indica il file di configurazione, per esempio: turnario office validate data/demo/procura-napoli.json');
    return null;
  }
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    writeLine(io.stderr, `Impossibile leggere il file "${file}": controlla il percorso e i permessi.`);
    return null;
  }
  const result = parseOfficeConfigText(text);
  if (!result.ok) {
    writeLine(io.stderr, `Il file "${file}" non è una configurazione valida (${result.errors.length} ${result.errors.length === 1 ? 'errore' : 'errori'}):`);
    for (const error of result.errors) writeLine(io.stderr, `  - ${error}`);
    return null;
  }
  return result.value;
}

const validate: Command = {
  path: ['office', 'validate'],
  summary: 'controlla un file di configurazione dell\'ufficio, senza salvarlo',
  usage: 'Uso: turnario office validate FILE\n\nControlla il file JSON di configurazione dell\'ufficio e ne elenca gli errori, indicando per ognuno il percorso nel file, il valore atteso e quello trovato. Non scrive nulla.',
  async run(args, io) {
    const parsed = parseCommandArgs(args, {});
    if (!parsed.ok) return usageError(parsed.error, this.usage, io);
    const config = await loadConfigFile(parsed.positionals[0], io);
    if (!config) return 1;
    writeLine(io.stdout, 'Configurazione valida.');
    for (const line of summarizeOffice(config)) writeLine(io.stdout, line);
    writeLine(io.stdout, `  ${describeHeadOnDay(config, civilDayAt(clockOf(io).now()), config.absences)}`);
    return 0;
  },
};

const importCommand: Command = {
  path: ['office', 'import'],
  summary: 'importa (o aggiorna) la configurazione di un ufficio nell\'archivio',
  usage: 'Uso: turnario office import FILE [--by NOME]\n\nValida il file e, solo se è valido, lo salva nell\'archivio (TURNARIO_DATA_DIR), sostituendo la configurazione precedente dello stesso ufficio. Le assenze elencate nel file che l\'archivio non ha ancora vengono aggiunte.',
  async run(args, io) {
    const parsed = parseCommandArgs(args, { by: { type: 'string' } });
    if (!parsed.ok) return usageError(parsed.error, this.usage, io);
    const config = await loadConfigFile(parsed.positionals[0], io);
    if (!config) return 1;
    return withStore(io, async (store) => {
      const outcome = await importOffice(store, clockOf(io), config, actorOf(parsed.values, io));
      if (!outcome.ok) {
        writeLine(io.stderr, outcome.message);
        return 1;
      }
      writeLine(io.stdout, `${outcome.replaced ? 'Configurazione aggiornata' : 'Ufficio importato'}: ${config.office.name}.`);
      if (outcome.absencesAdded > 0) writeLine(io.stdout, `Assenze aggiunte: ${outcome.absencesAdded}.`);
      return 0;
    });
  },
};

const show: Command = {
  path: ['office', 'show'],
  summary: 'mostra gli uffici presenti nell\'archivio',
  usage: 'Uso: turnario office show [ID]\n\nMostra il riepilogo degli uffici presenti nell\'archivio, o di quello indicato.',
  async run(args, io) {
    const parsed = parseCommandArgs(args, {});
    if (!parsed.ok) return usageError(parsed.error, this.usage, io);
    const wanted = parsed.positionals[0];
    return withStore(io, async (store) => {
      const offices = Object.values(store.snapshot().offices);
      const chosen = wanted ? offices.filter((o) => o.office.id === wanted) : offices;
      if (offices.length === 0) {
        writeLine(io.stdout, 'L\'archivio non contiene ancora uffici. Importane uno con: turnario office import FILE');
        return 0;
      }
      if (chosen.length === 0) {
        writeLine(io.stderr, `Nessun ufficio con id "${wanted}". Uffici presenti: ${offices.map((o) => o.office.id).join(', ')}.`);
        return 1;
      }
      const today = civilDayAt(clockOf(io).now());
      for (const config of chosen) for (const line of [...summarizeOffice(config), `  ${describeHeadOnDay(config, today, store.snapshot().absences)}`]) writeLine(io.stdout, line);
      return 0;
    });
  },
};

export function usageError(error: string, usage: string, io: CliIO): number {
  writeLine(io.stderr, error);
  writeLine(io.stderr, usage);
  return 2;
}

export const officeCommands: Command[] = [validate, importCommand, show];
