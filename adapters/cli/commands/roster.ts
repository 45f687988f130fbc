import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { CurtoisFormatError } from '../../../src/roster/curtois/parse.ts';
import { parseCurtois } from '../../../src/roster/curtois/parse.ts';
import { solveCurtois } from '../../../src/roster/curtois/solve-curtois.ts';
import { writeLine, type CliIO, type Command } from '../io.ts';

const USAGE = [
  'Uso: turnario roster curtois FILE --seconds S [--seed K] --out SOLUZIONE.json',
  '',
  'Risolve un\'istanza del benchmark Curtois & Qu con il motore generale dei turni e scrive la',
  'soluzione in JSON (obiettivo e assegnazioni). La soluzione è verificata da un valutatore indipendente.',
  '',
  '  --seconds S   tempo massimo di calcolo in secondi (predefinito 10)',
  '  --seed K      seme del generatore casuale (predefinito 1)',
  '  --out FILE    dove scrivere la soluzione JSON',
].join('\n');

interface RosterArgs {
  file: string;
  seconds: number;
  seed: number;
  out: string | null;
}

/** Parses the arguments; returns an Italian error message on bad input. */
export function parseRosterArgs(args: string[]): RosterArgs | string {
  const parsed: RosterArgs = { file: '', seconds: 10, seed: 1, out: null };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    const value = args[i + 1];
    if (arg === '--seconds' || arg === '--seed') {
      const n = Number(value);
      const valid = value !== undefined && value.trim() !== '' && Number.isFinite(n)
        && (arg === '--seconds' ? n > 0 : Number.isInteger(n) && n >= 0);
      if (!valid) {
        return arg === '--seconds'
          ? `${arg}: atteso un numero di secondi maggiore di zero, trovato "${value ?? ''}".`
          : `${arg}: atteso un numero intero ≥ 0, trovato "${value ?? ''}".`;
      }
      if (arg === '--seconds') parsed.seconds = n; else parsed.seed = n;
      i++;
    } else if (arg === '--out') {
      if (!value) return '--out: manca il nome del file della soluzione.';
      parsed.out = value;
      i++;
    } else if (arg.startsWith('--')) {
      return `Opzione sconosciuta: "${arg}".`;
    } else if (parsed.file === '') {
      parsed.file = arg;
    } else {
      return `Argomento in più: "${arg}".`;
    }
  }
  return parsed.file === '' ? 'Manca il file dell\'istanza.' : parsed;
}

/** Italian wording of a benchmark-format error. */
export function describeFormatError(file: string, error: CurtoisFormatError): string {
  const where = error.line > 0 ? `${file}, riga ${error.line}` : file;
  switch (error.code) {
    case 'missing-section': return `${where}: manca la sezione ${error.detail}.`;
    case 'bad-number': return `${where}: atteso un numero intero, trovato "${error.detail}".`;
    case 'unknown-id': return `${where}: identificativo sconosciuto (${error.detail}).`;
    case 'bad-line': return `${where}: riga non valida: "${error.detail}".`;
  }
}

async function runCurtois(args: string[], io: CliIO): Promise<number> {
  const parsed = parseRosterArgs(args);
  if (typeof parsed === 'string') {
    writeLine(io.stderr, parsed);
    writeLine(io.stderr, USAGE);
    return 2;
  }
  let text: string;
  try {
    text = await readFile(parsed.file, 'utf8');
  } catch {
    writeLine(io.stderr, `File dell'istanza non trovato o illeggibile: ${parsed.file}`);
    return 1;
  }
  const name = basename(parsed.file).replace(/\.[^.]*$/, '');
  const instance = parseCurtois(text, name);
  if (!instance.ok) {
    writeLine(io.stderr, describeFormatError(parsed.file, instance.error));
    return 1;
  }
  const solved = await solveCurtois(instance.instance, { seconds: parsed.seconds, seed: parsed.seed });
  if (!solved.ok) {
    writeLine(io.stderr, describeFormatError(parsed.file, solved.error));
    return 1;
  }
  const { solution, check, result } = solved.run;
  if (parsed.out) {
    try {
      await writeFile(parsed.out, `${JSON.stringify(solution, null, 1)}\n`);
    } catch {
      writeLine(io.stderr, `Impossibile scrivere la soluzione in ${parsed.out}`);
      return 1;
    }
  }
  writeLine(io.stdout, `Istanza ${solution.instance}: obiettivo ${solution.objective}, `
    + `ammissibile: ${check.feasible ? 'sì' : 'no'}, tempo ${result.stats.seconds.toFixed(1).replace('.', ',')} s`
    + (parsed.out ? `; soluzione scritta in ${parsed.out}` : ''));
  if (check.objective !== solution.objective) {
    writeLine(io.stderr, `Attenzione: il valutatore indipendente calcola ${check.objective}, non ${solution.objective}.`);
    return 1;
  }
  if (!check.feasible) writeLine(io.stdout, `Vincoli rigidi violati: ${check.violations.length}.`);
  return 0;
}

export const rosterCommands: Command[] = [
  {
    path: ['roster', 'curtois'],
    summary: 'risolve un\'istanza del benchmark Curtois & Qu e scrive la soluzione',
    usage: USAGE,
    run: runCurtois,
  },
];
