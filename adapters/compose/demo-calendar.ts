import { publishCalendar } from '../../src/calendar/versions/publish-calendar.ts';
import { civilDayAt, lastDayOfMonth } from '../../src/domain/civil-day.ts';
import type { Clock, Store } from '../../src/ports.ts';
import { generateCalendar } from '../../src/use-cases/generate-calendar.ts';

/**
 * On the first start with the demo offices, a published calendar for each Procura (this month and the
 * next), so that a newcomer's first question, "i miei turni la prossima settimana", has an answer.
 * Returns one Italian line per office.
 */
export async function seedDemoCalendars(store: Store, clock: Clock, officeIds: readonly string[]): Promise<string[]> {
  const today = civilDayAt(clock.now());
  const [year, month] = today.split('-').map(Number) as [number, number];
  const from = `${today.slice(0, 7)}-01`;
  const to = month === 12 ? lastDayOfMonth(year + 1, 1) : lastDayOfMonth(year, month + 1);
  const lines: string[] = [];
  for (const officeId of officeIds) {
    const config = store.snapshot().offices[officeId];
    if (!config || config.office.kind === 'tribunale') continue;
    const generated = await generateCalendar(store, clock, { officeId, from, to }, 'system:demo');
    if (!generated.ok) {
      lines.push(`${config.office.name}: calendario dimostrativo non generato (${generated.message})`);
      continue;
    }
    const published = await publishCalendar(store, clock, { officeId, from, to }, 'system:demo');
    lines.push(published.ok ? `${config.office.name}: ${generated.message} Pubblicato come calendario dimostrativo.` : `${config.office.name}: ${published.message}`);
  }
  return lines;
}
