/**
 * CSV for spreadsheets as Italian offices open them: `;` between fields (the comma is the decimal
 * separator), decimal comma, CRLF line ends, a UTF-8 byte-order mark so accents survive, and text
 * that would start a formula (`=`, `+`, `-`, `@`) neutralised with a leading apostrophe.
 */

export type CsvCell = string | number | null;

function formatCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell) : String(Math.round(cell * 100) / 100).replace('.', ',');
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(formatCell).join(';')).join('\r\n')}\r\n`;
}
