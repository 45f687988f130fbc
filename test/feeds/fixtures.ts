import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLowdbStore, type LowdbStore } from '../../adapters/store/index.ts';
import { dutyId } from '../../src/calendar/versions/duties.ts';
import { saveProvisional } from '../../src/calendar/versions/calendar-versions.ts';
import { publishCalendar } from '../../src/calendar/versions/publish-calendar.ts';
import type { Duty, UncoveredSlot } from '../../src/domain/calendar.ts';
import type { OfficeConfig } from '../../src/domain/office-config.ts';
import { parseOfficeConfig } from '../../src/domain/parse-office-config.ts';
import { FixedClock } from '../../src/ports.ts';

const every = (n: number) => ({ monday: n, tuesday: n, wednesday: n, thursday: n, friday: n, saturday: n, sunday: n, holiday: n });

/** A small Procura with a week of on-call (whole days), a night arrest turn and a morning hearing. */
export function feedOffice(): OfficeConfig {
  const result = parseOfficeConfig({
    office: { id: 'procura-prova', name: 'Procura della Repubblica di Prova', kind: 'procura', city: 'Napoli', patronSaintDay: '09-19', districtSize: 700 },
    groups: [],
    magistrates: [
      { id: 'rossi-mario', surname: 'Rossi', name: 'Mario', role: 'sostituto' },
      { id: 'bianchi-luca', surname: 'Bianchi', name: 'Luca', role: 'sostituto' },
      { id: 'verdi-anna', surname: 'Verdi', name: 'Anna', role: 'sostituto' },
    ],
    services: [
      { id: 'reperibilita', name: 'Turno esterno di reperibilità', kind: 'reperibilita', block: { type: 'week' }, coverage: every(1), eligibility: { roles: ['sostituto'] } },
      { id: 'arrestati', name: 'Turno arrestati', kind: 'arrestati', coverage: every(1), hours: { start: '20:00', end: '08:00' }, eligibility: { roles: ['sostituto'] } },
      { id: 'udienza', name: 'Udienza monocratica', kind: 'udienza', coverage: { ...every(1), saturday: 0 }, hours: { start: '09:00', end: '13:30' }, eligibility: { roles: ['sostituto'] } },
    ],
    rules: [],
    periods: [],
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.value;
}

/** A duty with the id the calendar gives it. */
export function duty(serviceId: string, magistrateId: string, from: string, to = from): Duty {
  return { id: dutyId(`${serviceId}@${from}`, magistrateId), serviceId, magistrateId, from, to, pinned: false };
}

export interface Fixture {
  store: LowdbStore;
  clock: FixedClock;
  dir: string;
  /** Saves a provisional version of the period and, unless told otherwise, publishes it. */
  version(from: string, to: string, duties: Duty[], options?: { publish?: boolean; uncovered?: UncoveredSlot[] }): Promise<void>;
  cleanup(): Promise<void>;
}

/** A real lowdb store in a temp folder holding `feedOffice()`, with a clock that moves one hour per version. */
export async function openFixture(config: OfficeConfig = feedOffice()): Promise<Fixture> {
  const dir = await mkdtemp(join(tmpdir(), 'turnario-feeds-'));
  const clock = new FixedClock(new Date('2027-02-01T09:00:00.000Z'));
  const store = await openLowdbStore({ dir, clock, warn: () => {} });
  await store.update((draft) => {
    draft.offices[config.office.id] = config;
  });
  const key = (from: string, to: string) => ({ officeId: config.office.id, from, to });
  return {
    store, clock, dir,
    async version(from, to, duties, options = {}) {
      clock.set(new Date(clock.now().getTime() + 3_600_000));
      await saveProvisional(store, clock, { ...key(from, to), duties, uncovered: options.uncovered ?? [], actor: 'test', action: 'calendar.generate' });
      if (options.publish !== false) {
        const published = await publishCalendar(store, clock, key(from, to), 'test');
        if (!published.ok) throw new Error(published.message);
      }
    },
    async cleanup() {
      await store.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
