import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoOffices } from '../../adapters/cli/demo-offices.ts';
import { openLowdbStore, type LowdbStore } from '../../adapters/store/index.ts';
import { publishCalendar } from '../../src/calendar/versions/publish-calendar.ts';
import { romeInstant } from '../../src/feeds/rome-time.ts';
import type { StoreState } from '../../src/domain/store-state.ts';
import { FixedClock, MemoryStore, type Notification, type Notifier } from '../../src/ports.ts';
import { generateCalendar } from '../../src/use-cases/generate-calendar.ts';

export const OFFICE = 'procura-napoli';

/** Rome wall time as an instant: `rome('2026-12-06', '18:00')`. */
export const rome = (day: string, time: string): Date => romeInstant(day, time);

/** A temp folder per store, removed by `cleanup`. */
export function tempStores() {
  const dirs: string[] = [];
  const open: LowdbStore[] = [];
  return {
    async dir(): Promise<string> {
      const dir = await mkdtemp(join(tmpdir(), 'turnario-jobs-'));
      dirs.push(dir);
      return dir;
    },
    async open(dir: string): Promise<LowdbStore> {
      const store = await openLowdbStore({ dir });
      open.push(store);
      return store;
    },
    async close(store: LowdbStore): Promise<void> {
      open.splice(open.indexOf(store), 1);
      await store.close();
    },
    async cleanup(): Promise<void> {
      await Promise.all(open.splice(0).map((s) => s.close()));
      await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
    },
  };
}

const templates = new Map<string, Promise<StoreState>>();

/** Seeds, generates and publishes once per worker in memory; every test then loads a copy. */
function publishedTemplate(from: string, to: string, at: Date): Promise<StoreState> {
  const key = `${from}/${to}@${at.toISOString()}`;
  let template = templates.get(key);
  if (!template) {
    template = (async () => {
      const memory = new MemoryStore();
      const clock = new FixedClock(at);
      await seedDemoOffices(memory, clock);
      const generated = await generateCalendar(memory, clock, { officeId: OFFICE, from, to }, 'capo');
      if (!generated.ok) throw new Error(generated.message);
      const published = await publishCalendar(memory, clock, { officeId: OFFICE, from, to }, 'conti-nicola');
      if (!published.ok) throw new Error(published.message);
      return structuredClone(memory.snapshot()) as StoreState;
    })();
    templates.set(key, template);
  }
  return template;
}

/**
 * The demo offices, with the Procura's calendar of a period generated and published at `at`, written
 * into the (empty) real store in one update. The generation runs once per worker and period: it is the
 * slow part, and every test wants the same calendar.
 */
export async function demoWithPublished(store: LowdbStore, from: string, to: string, at: Date): Promise<void> {
  const template = await publishedTemplate(from, to, at);
  await store.update((draft) => {
    Object.assign(draft, structuredClone(template), { jobs: draft.jobs });
  });
}

/** Records every notification; `failAfter` makes a send throw after it was recorded (delivered, then a crash). */
export class RecordingNotifier implements Notifier {
  readonly sent: Notification[] = [];
  /** The instant each notification was sent, read from `clock` (the ticks' clock). */
  readonly sentAt: string[] = [];
  constructor(private readonly clock?: FixedClock) {}
  failures: { afterSending: boolean; delivered?: boolean; times: number } | null = null;
  async send(notification: Notification): Promise<void> {
    if (this.failures && this.failures.times > 0) {
      this.failures.times -= 1;
      if (this.failures.afterSending) this.record(notification);
      throw Object.assign(new Error('connessione interrotta'), this.failures.delivered === false ? { delivered: false } : {});
    }
    this.record(notification);
  }
  private record(notification: Notification): void {
    this.sent.push(notification);
    this.sentAt.push(this.clock?.now().toISOString() ?? '');
  }
  keys(prefix = ''): string[] {
    return this.sent.map((n) => n.key ?? '').filter((k) => k.startsWith(prefix));
  }
}
