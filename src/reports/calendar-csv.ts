import { weekdayNamesIt } from '../domain/format-day-it.ts';
import { toCsv, type CsvCell } from './csv.ts';
import type { MonthGrid } from './month-grid.ts';

/** The month grid as CSV: one line per day, service and magistrate, uncovered places included. */
export function monthGridCsv(grid: MonthGrid): string {
  const rows: CsvCell[][] = [];
  grid.days.forEach((d, i) => {
    for (const row of grid.rows) {
      const cell = row.cells[i]!;
      const base: CsvCell[] = [d.day, weekdayNamesIt[d.weekday - 1]!, d.holiday ?? '', row.serviceName];
      for (const n of cell.names) rows.push([...base, n.name, '']);
      if (cell.uncovered) rows.push([...base, '', `scoperto (${cell.uncovered.missing}): ${cell.uncovered.reason}`]);
    }
  });
  return toCsv(['Giorno', 'Giorno della settimana', 'Festività', 'Servizio', 'Magistrato', 'Note'], rows);
}
