import { LogReadError } from './store-errors.ts';

export interface ParsedLog {
  records: unknown[];
  /** Italian warnings, e.g. about a torn last line that was ignored. */
  warnings: string[];
}

/**
 * Parses an append-only log: one JSON value per line, each line ended by `\n`. A last line without
 * its `\n` is a write torn by a crash: never acknowledged, so it is ignored with a warning. A line that
 * is not JSON anywhere else is an error naming the line. Blank lines carry nothing and are skipped.
 */
export function parseLog(text: string, file: string): ParsedLog {
  const lines = text.split('\n');
  const tail = lines.pop() ?? '';
  const records: unknown[] = [];
  lines.forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      records.push(JSON.parse(line));
    } catch {
      throw new LogReadError(
        file,
        index + 1,
        `Il registro ${file} è danneggiato alla riga ${index + 1}: la riga non è un JSON valido. ` +
          'Il file non è stato modificato; va corretto a mano o ripristinato da un salvataggio.',
      );
    }
  });
  const warnings = tail.trim() === '' ? [] : [tornLineWarning(file, lines.length + 1)];
  return { records, warnings };
}

export function tornLineWarning(file: string, line: number, keptIn?: string): string {
  const kept = keptIn ? ` Il frammento è stato conservato in ${keptIn}.` : '';
  return (
    `Il registro ${file} termina con una riga incompleta (riga ${line}), lasciata da un'interruzione durante ` +
    `la scrittura: è stata ignorata.${kept}`
  );
}
