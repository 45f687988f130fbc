import { commands } from './commands/index.ts';
import { writeLine, type CliIO, type Command } from './io.ts';

const INTRO = 'turnario: turni equi e assegnazione automatica per gli uffici giudiziari.';

/** Finds the command whose path is the longest prefix of argv. */
export function findCommand(argv: string[], list: Command[]): { command: Command; rest: string[] } | null {
  let best: Command | null = null;
  for (const command of list) {
    const matches = command.path.every((word, i) => argv[i] === word);
    if (matches && (!best || command.path.length > best.path.length)) best = command;
  }
  return best ? { command: best, rest: argv.slice(best.path.length) } : null;
}

export function helpText(list: Command[]): string {
  const width = Math.max(...list.map((c) => c.path.join(' ').length), 10);
  const lines = list.map((c) => `  turnario ${c.path.join(' ').padEnd(width)}  ${c.summary}`);
  return [INTRO, '', 'Uso: turnario <comando> [opzioni]', '', 'Comandi:', ...lines, '',
    'Con --help dopo un comando se ne vede l\'uso dettagliato.'].join('\n');
}

export async function main(argv: string[], io: CliIO, list: Command[] = commands): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    writeLine(io.stdout, helpText(list));
    return 0;
  }
  const found = findCommand(argv, list);
  if (!found) {
    writeLine(io.stderr, `Comando sconosciuto: "${argv.join(' ')}". Scrivi "turnario --help" per l'elenco dei comandi.`);
    return 2;
  }
  if (found.rest.includes('--help') || found.rest.includes('-h')) {
    writeLine(io.stdout, found.command.usage);
    return 0;
  }
  return found.command.run(found.rest, io);
}
