import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench:calendar`: generated offices of 25, 100 and 400 magistrates with 12 services over a
 * month, a quarter and a year. Each case runs in its own process with a time limit (`--limit S`,
 * default 120); the generation (construction + roster solver) is given `--seconds S` (default 45).
 * `--only 25:month,100:quarter` picks cases; `--construction` measures the construction alone.
 */
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) || fallback : fallback);
const limit = option('--limit', 120);
const seconds = option('--seconds', 45);
const constructionOnly = args.includes('--construction');
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1]!.split(',')) : null;
const periods = { month: ['2027-01-01', '2027-01-31'], quarter: ['2027-01-01', '2027-03-31'], year: ['2027-01-01', '2027-12-31'] } as const;
const child = fileURLToPath(new URL('./calendar-child.ts', import.meta.url));

function runCase(size: number, from: string, to: string): Promise<Record<string, number | boolean | string> | null> {
  const argv = ['--import', 'tsx', child, String(size), from, to, String(seconds), ...(constructionOnly ? ['construction'] : [])];
  return new Promise((resolve) => {
    execFile(process.execPath, argv, { timeout: limit * 1000, maxBuffer: 1 << 20 }, (error, stdout) => {
      resolve(error ? null : (JSON.parse(stdout.trim().split('\n').at(-1)!) as Record<string, number | boolean | string>));
    });
  });
}

const header = ['magistrati', 'periodo', 'posti', 'secondi', 'scoperti', 'violazioni rigide', 'scarto max (punti)', 'scarto medio', 'somma scarti²', 'scarto max %', 'fuori di un turno', 'entro un turno', 'risultato', 'memoria MiB'];
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const size of [25, 100, 400]) {
  for (const [name, [from, to]] of Object.entries(periods)) {
    if (only && !only.has(`${size}:${name}`)) continue;
    const r = await runCase(size, from, to);
    if (!r) {
      console.log(`| ${size} | ${name} | – | oltre ${limit} s | – | – | – | – | – | – | – | – | – | – |`);
      continue;
    }
    const f = (v: unknown, d = 2) => Number(v).toFixed(d);
    const chosen = r.chosen === 'solver' ? 'ottimizzatore' : 'costruzione';
    console.log(`| ${size} | ${name} | ${r.places} | ${f(r.seconds, 1)} | ${r.uncovered} | ${r.hard} | ${f(r.maxDeviation)} | ${f(r.meanDeviation)} | ${f(r.squaredDeviation, 0)} | ${f(r.maxPercent, 0)} | ${r.outsideOneTurn} | ${r.withinOneTurn ? 'sì' : 'no'} | ${chosen} | ${f(r.peakMiB, 0)} |`);
  }
}
