/**
 * GIADA benchmark: a generated large tribunal (60 judges, 12 panels) and a year of 30,000 requests with a
 * realistic mix, through the real engine and the real append-only ledger (lowdb store in a temp folder).
 * Prints throughput, per-request latency p50/p99 (ledger write included), share of manual, fairness per
 * class and overall, peak memory. Run with `npm run bench:giada`; `npm run bench:giada -- --seed 7` replays
 * another request stream of the same tribunal (default seed 42).
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { join } from 'node:path';
import { openLowdbStore } from '../../adapters/store/index.ts';
import type { HearingRequest } from '../../src/domain/giada.ts';
import { computeBalance, type BalanceRow } from '../../src/giada/balance.ts';
import { GiadaEngine } from '../../src/giada/engine.ts';
import { verifyLedger } from '../../src/giada/verify.ts';
import { FixedClock, MemoryNotifier, type Store } from '../../src/ports.ts';
import { buildRequests, buildTribunal, JUDGES, PANELS, REQUESTS, YEAR } from './giada-tribunal.ts';

/**
 * Per class, how many cases the most-served judge or panel is ahead of the least-served, in its own
 * cases: (its cases per FTE − the lowest cases per FTE) × its FTE. A judge at 50% one case ahead counts
 * 1 (not 2 per FTE).
 */
function aheadInCases(rows: BalanceRow[], klass: string): number {
  const lowest = Math.min(...rows.map((r) => r.byClass[klass]?.perFte ?? 0));
  return Math.max(...rows.map((r) => ((r.byClass[klass]?.perFte ?? 0) - lowest) * (r.capacity / 100)));
}

/** `--seed N` on the command line: the request stream's PRNG seed, or null for the default stream. */
function seedArgument(argv: readonly string[]): number | null {
  const at = argv.indexOf('--seed');
  if (at < 0) return null;
  const seed = Number(argv[at + 1]);
  if (!Number.isInteger(seed)) throw new Error(`--seed vuole un numero intero, non «${argv[at + 1] ?? ''}»`);
  return seed;
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'giada-bench-'));
  const store = await openLowdbStore({ dir });
  try {
    const setup = buildTribunal();
    const seed = seedArgument(process.argv.slice(2));
    const requests = seed === null ? buildRequests() : buildRequests(seed);
    const clock = new FixedClock(new Date(`${YEAR}-01-04T08:00:00Z`));
    // The ledger appends go through a thin wrapper that times each one (write + datasync), so the
    // single-request latency can be split into deciding and making durable.
    let lastAppend = 0;
    let lastAppendStart = 0;
    const timedStore: Store = {
      snapshot: () => store.snapshot(),
      update: (mutate) => store.update(mutate),
      readLog: (log) => store.readLog(log),
      append: async (log, record) => {
        const t = performance.now();
        lastAppendStart = t;
        await store.append(log, record);
        lastAppend = performance.now() - t;
      },
    };
    const engine = await GiadaEngine.open({ store: timedStore, clock, notifier: new MemoryNotifier(), setup });
    let peak = process.memoryUsage().rss;
    let manual = 0;
    // The year: on each day the first requests come one at a time (each awaited until its ledger line is
    // durable: the single-request latency), the rest of the day's requests arrive together, as from the
    // register, and share ledger flushes.
    const byDay = new Map<string, HearingRequest[]>();
    for (const r of requests) byDay.set(r.requestedOn, [...(byDay.get(r.requestedOn) ?? []), r]);
    const SINGLE_PER_DAY = 8;
    const latencies: number[] = [];
    const durables: number[] = [];
    /** Where each single request's ledger write ran, to see what the garbage collector took of it. */
    const appendWindows: [number, number][] = [];
    const gcPauses: PerformanceEntry[] = [];
    const gcObserver = new PerformanceObserver((list) => gcPauses.push(...list.getEntries()));
    gcObserver.observe({ entryTypes: ['gc'] });
    const count = (o: Awaited<ReturnType<GiadaEngine['request']>>) => {
      if (o.ok && o.assignment?.status === 'manual') manual += 1;
    };
    const loadAtStart = loadavg()[0] ?? 0;
    const start = performance.now();
    for (const day of byDay.values()) {
      for (const r of day.slice(0, SINGLE_PER_DAY)) {
        const t0 = performance.now();
        count(await engine.request(r));
        latencies.push(performance.now() - t0);
        durables.push(lastAppend);
        appendWindows.push([lastAppendStart, lastAppendStart + lastAppend]);
      }
      (await Promise.all(day.slice(SINGLE_PER_DAY).map((r) => engine.request(r)))).forEach(count);
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    const total = (performance.now() - start) / 1000;
    const SINGLE = latencies.length;
    const sorted = [...latencies].sort((a, b) => a - b);
    const sortedDurable = [...durables].sort((a, b) => a - b);
    gcObserver.disconnect();
    const gcIn = ([from, to]: [number, number]) =>
      gcPauses.reduce((sum, g) => sum + Math.max(0, Math.min(to, g.startTime + g.duration) - Math.max(from, g.startTime)), 0);
    const gcInAppends = appendWindows.map(gcIn);
    const slow = durables.map((d, i) => ({ d, gc: gcInAppends[i] ?? 0 })).filter(({ d }) => d > 5);
    const sortedDurableNoGc = durables.map((d, i) => d - (gcInAppends[i] ?? 0)).sort((a, b) => a - b);
    const sortedDeciding = latencies.map((l, i) => l - (durables[i] ?? 0)).sort((a, b) => a - b);
    const balance = computeBalance(engine.state, `${YEAR}-01-01`, `${YEAR}-12-23`);
    const ledgerFile = (await import('node:fs/promises')).readdir(dir).then((f) => join(dir, f.find((n) => n.startsWith('giada-ledger'))!));
    const ledgerSize = (await stat(await ledgerFile)).size;
    const verifyStart = performance.now();
    const verified = verifyLedger(await store.readLog('giada-ledger'));
    const verifySeconds = (performance.now() - verifyStart) / 1000;
    const rows: [string, string][] = [
      ['richieste in un anno', String(requests.length)],
      ['tempo per l\'anno', `${total.toFixed(2)} s`],
      ['throughput', `${Math.round(requests.length / total)} richieste/s`],
      ['di cui singole in sequenza (8 al giorno)', String(SINGLE)],
      ['latenza singola p50 (registro scritto e sincronizzato)', `${quantile(sorted, 0.5).toFixed(3)} ms`],
      ['latenza singola p99 (registro scritto e sincronizzato)', `${quantile(sorted, 0.99).toFixed(3)} ms`],
      ['  di cui scrittura del registro (write + datasync) p50 / p99', `${quantile(sortedDurable, 0.5).toFixed(3)} / ${quantile(sortedDurable, 0.99).toFixed(3)} ms`],
      ['    scrittura del registro senza le pause del garbage collector p50 / p99', `${quantile(sortedDurableNoGc, 0.5).toFixed(3)} / ${quantile(sortedDurableNoGc, 0.99).toFixed(3)} ms`],
      ['    scritture oltre 5 ms; di cui con una pausa del garbage collector ≥ 1 ms', `${slow.length}; ${slow.filter((x) => x.gc >= 1).length}`],
      ['  il resto (decisione, impronta, stato) p50 / p99', `${quantile(sortedDeciding, 0.5).toFixed(3)} / ${quantile(sortedDeciding, 0.99).toFixed(3)} ms`],
      ['latenza singola massima', `${(sorted[sorted.length - 1] ?? 0).toFixed(3)} ms`],
      ['intervento manuale (anno)', `${manual} (${((manual / requests.length) * 100).toFixed(2)}%)`],
      ...balance.pools.flatMap((pool): [string, string][] => [
        ...Object.entries(pool.classSpread).map(([k, v]): [string, string] => [
          `${pool.kind === 'judge' ? 'giudici' : 'collegi'}: classe ${k}, scarto max−min per tempo pieno; massimo anticipo in processi`,
          `${v.toFixed(2)}; ${aheadInCases(pool.rows, k).toFixed(0)}`,
        ]),
        [`${pool.kind === 'judge' ? 'giudici' : 'collegi'}: carico ponderato per tempo pieno, (max−min)/media`, `${pool.spreadPercent.toFixed(2)}%`],
      ]),
      ['carico della macchina (load average 1 min) all\'inizio / alla fine', `${loadAtStart.toFixed(2)} / ${(loadavg()[0] ?? 0).toFixed(2)}`],
      ['memoria massima (RSS)', `${(peak / 1024 / 1024).toFixed(0)} MiB`],
      ['registro su disco (con lo spazio riservato in coda, tolto alla chiusura)', `${(ledgerSize / 1024 / 1024).toFixed(1)} MiB`],
      ['verifica del registro (catena + ripetizione)', `${verified.ok ? 'integro' : 'NON integro'}, ${verifySeconds.toFixed(2)} s`],
    ];
    const width = Math.max(...rows.map(([k]) => k.length));
    console.log(`\nGIADA – ${JUDGES} giudici, ${PANELS} collegi, ${REQUESTS} richieste (${YEAR})${seed === null ? '' : `, flusso di richieste con seme ${seed}`}\n`);
    for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
