import { createInterface } from 'node:readline';
import { civilDayAt, isCivilDay } from '../../../src/domain/civil-day.ts';
import { understand } from '../../../src/conversation/understanding/understand.ts';
import type { Understanding } from '../../../src/conversation/understanding/understanding.ts';
import { parseCommandArgs, stringValue } from '../args.ts';
import { writeLine, type CliIO, type Command } from '../io.ts';
import { usageError } from './office.ts';

/** One line of JSON, keys always in the documented order; `problem` only when the dates written cannot be used. */
export function formatUnderstanding(u: Understanding): string {
  const slots = { intent: u.intent, from: u.from, to: u.to, service: u.service, absenceType: u.absenceType, magistrate: u.magistrate };
  return JSON.stringify(u.problem ? { ...slots, problem: { code: u.problem.code, message: u.problem.message } } : slots);
}

/** Reads standard input one utterance per line and answers each line as soon as it arrives. */
async function understandStream(io: CliIO, today: string): Promise<number> {
  const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
  for await (const line of lines) writeLine(io.stdout, formatUnderstanding(understand(line, { today })));
  return 0;
}

const parse: Command = {
  path: ['parse'],
  summary: 'mostra come turnario capisce una frase (intento, date, servizio, assenza, collega)',
  usage: [
    'Uso: turnario parse ["FRASE"] [--today AAAA-MM-GG]',
    '',
    'Stampa su una riga il JSON di ciò che turnario capisce della frase:',
    '  {"intent":"absence_declare","from":"2027-03-03","to":"2027-03-07","service":null,"absenceType":"ferie","magistrate":null}',
    'Se una data non esiste ("31 febbraio") o il periodo finisce prima di cominciare ("dal 10 al 5 gennaio"),',
    'from e to sono null e la chiave problem spiega il motivo: {"code":"invalid_date","message":"…"}.',
    'Senza FRASE legge lo standard input, una frase per riga, e stampa una riga JSON per ciascuna.',
    '--today è il giorno in cui la frase è scritta (fuso Europe/Rome); in mancanza, oggi.',
  ].join('\n'),
  async run(args, io) {
    const parsed = parseCommandArgs(args, { today: { type: 'string' } });
    if (!parsed.ok) return usageError(parsed.error, this.usage, io);
    const given = stringValue(parsed.values, 'today');
    if (given !== undefined && !isCivilDay(given)) {
      return usageError(`La data di --today non è valida: "${given}". Scrivila come AAAA-MM-GG, per esempio 2026-11-23.`, this.usage, io);
    }
    const today = given ?? civilDayAt(new Date());
    if (parsed.positionals.length === 0) return understandStream(io, today);
    writeLine(io.stdout, formatUnderstanding(understand(parsed.positionals.join(' '), { today })));
    return 0;
  },
};

export const parseCommands: Command[] = [parse];
