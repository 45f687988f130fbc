/**
 * Store benchmark: latency of `update` (one absence added, awaited until durable) and of `append`
 * (one audit entry) against the size of the main document. Run with `npm run bench:store`.
 * Works in a temp folder and deletes it afterwards.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLowdbStore } from '../../adapters/store/index.ts';
import type { Absence } from '../../src/domain/absence.ts';
import type { AuditEntry } from '../../src/domain/audit.ts';
import type { CalendarVersion, Duty } from '../../src/domain/calendar.ts';
import type { StoreState } from '../../src/domain/store-state.ts';

const TARGET_MB = [0.1, 0.7, 2, 7];
const UPDATES = 60;
const APPENDS = 200;
const SERVICES = ['reperibilita', 'arrestati', 'udienza', 'assegnazione'];
const MAGISTRATES = 40;

function day(start: Date, offset: number): string {
  return new Date(start.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
}

function absence(n: number): Absence {
  const start = new Date(Date.UTC(2026, 0, 1));
  return {
    id: `a${n}`,
    magistrateId: `mag-${n % MAGISTRATES}`,
    type: n % 5 === 0 ? 'malattia' : 'ferie',
    from: day(start, n % 360),
    to: day(start, (n % 360) + 3),
    note: 'dichiarata via Teams',
    declaredBy: `mag-${n % MAGISTRATES}`,
    declaredAt: '2025-12-20T10:00:00.000Z',
    status: 'active',
  };
}

/** One month of duties for one office: every service every day. */
function calendar(office: number, month: number): CalendarVersion {
  const start = new Date(Date.UTC(2026, month, 1));
  const days = new Date(Date.UTC(2026, month + 1, 0)).getUTCDate();
  const duties: Duty[] = [];
  for (let d = 0; d < days; d += 1) {
    SERVICES.forEach((serviceId, s) => {
      const from = day(start, d);
      duties.push({ id: `${serviceId}-${from}`, serviceId, magistrateId: `mag-${(d + s * 7) % MAGISTRATES}`, from, to: from, pinned: false });
    });
  }
  return {
    id: `ufficio-${office}/2026-${String(month + 1).padStart(2, '0')}/v1`,
    officeId: `ufficio-${office}`,
    from: day(start, 0),
    to: day(start, days - 1),
    status: 'published',
    number: 1,
    createdAt: '2025-12-01T08:00:00.000Z',
    createdBy: 'procuratore',
    publishedAt: '2025-12-02T08:00:00.000Z',
    publishedBy: 'procuratore',
    duties,
    uncovered: [],
  };
}

/** Grows a state to about `mb` megabytes of JSON as the store writes it, with calendars and absences. */
function grow(draft: StoreState, mb: number): void {
  const target = mb * 1024 * 1024;
  // Items are nested two levels deep in the written document: indent them as the file will.
  const sizeOf = (item: unknown) => JSON.stringify([[item]], null, 2).length - 12;
  for (let i = 0, size = 0; size < target; i += 1) {
    for (let k = 0; k < 10; k += 1) {
      const added = absence(i * 10 + k);
      draft.absences.push(added);
      size += sizeOf(added);
    }
    const month = calendar(Math.floor(i / 12), i % 12);
    draft.calendars.push(month);
    size += sizeOf(month);
  }
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function timed(times: number, run: (i: number) => Promise<void>): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    await run(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

async function measure(dir: string, mb: number): Promise<string[]> {
  const store = await openLowdbStore({ dir });
  try {
    await store.update((draft) => grow(draft, mb));
    const size = (await stat(join(dir, 'turnario.json'))).size / (1024 * 1024);
    const updates = await timed(UPDATES, (i) => store.update((draft) => void draft.absences.push(absence(1_000_000 + i))));
    const appends = await timed(APPENDS, (i) => {
      const entry: AuditEntry = {
        at: '2026-11-23T09:30:00.000Z',
        actor: `mag-${i % MAGISTRATES}`,
        action: 'absence.declare',
        subject: `absence:a${i}`,
        details: { from: '2026-12-01', to: '2026-12-05' },
        refused: false,
      };
      return store.append('audit', entry);
    });
    const ms = (v: number) => v.toFixed(2);
    return [size.toFixed(2), ms(percentile(updates, 50)), ms(percentile(updates, 99)), ms(percentile(appends, 50)), ms(percentile(appends, 99))];
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'turnario-bench-'));
  const started = performance.now();
  try {
    const header = ['size MB', 'update p50 ms', 'update p99 ms', 'append p50 ms', 'append p99 ms'];
    const rows: string[][] = [];
    for (const mb of TARGET_MB) rows.push(await measure(join(root, `size-${mb}`), mb));
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? '').length)));
    const line = (cells: string[]) => `| ${cells.map((cell, c) => cell.padStart(widths[c] ?? 0)).join(' | ')} |`;
    console.log(`lowdb store, ${UPDATES} updates and ${APPENDS} audit appends per size, each awaited (durable)`);
    console.log(line(header));
    console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
    rows.forEach((row) => console.log(line(row)));
    console.log(`total ${((performance.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
