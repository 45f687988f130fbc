import { systemClock } from '../../../src/ports.ts';
import { summarizeOffice } from '../../../src/use-cases/office-summary.ts';
import { parseCommandArgs } from '../args.ts';
import { seedDemoOffices } from '../demo-offices.ts';
import { writeLine, type Command } from '../io.ts';
import { dataDir, withStore } from '../store-access.ts';
import { usageError } from './office.ts';

const start: Command = {
  path: ['start'],
  summary: 'avvia turnario sull\'archivio (al primo avvio carica gli uffici dimostrativi)',
  usage: 'Uso: turnario start\n\nAvvia turnario sull\'archivio in TURNARIO_DATA_DIR (predefinito: ./data/runtime). Se l\'archivio è vuoto carica gli uffici dimostrativi di data/demo.',
  async run(args, io) {
    const parsed = parseCommandArgs(args, {});
    if (!parsed.ok) return usageError(parsed.error, this.usage, io);
    return withStore(io, async (store) => {
      const seeded = await seedDemoOffices(store, systemClock);
      writeLine(io.stdout, `turnario – archivio: ${dataDir(io.env)}`);
      if (seeded.length > 0) writeLine(io.stdout, `Primo avvio: caricati gli uffici dimostrativi (${seeded.join(', ')}).`);
      for (const config of Object.values(store.snapshot().offices)) {
        writeLine(io.stdout);
        for (const line of summarizeOffice(config)) writeLine(io.stdout, line);
      }
      writeLine(io.stdout);
      writeLine(io.stdout, 'Le chat (Slack, Teams, console) e i job pianificati arriveranno nelle prossime versioni; per ora usa i comandi di "turnario --help".');
      return 0;
    });
  },
};

export const startCommands: Command[] = [start];
