// `npm run bench:curtois [-- --seconds S] [--only 1,2,3] [--seed K]`: solves the Curtois & Qu
// instances, each in its own child process, and prints a table against the proven optima.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const OPTIMA = [607, 828, 1001, 1716, 1143, 1950, 1056, 1300, 439, 4631, 3443, 4040, 1348, 1278];

interface ChildReport {
  objective: number;
  checkedObjective: number;
  feasible: boolean;
  violations: number;
  seconds: number;
  /**
   * The column phase's lower bound (the root LP when pricing was exact and converged, else its Lagrangian bound, or
   * the objective when proven), root seconds and dives; null without it.
   */
  lowerBound: number | null;
  rootSeconds: number | null;
  dives: number | null;
  /** Group re-plans (LNS or repair), and how many of them the helper thread solved. */
  groupRounds: number;
  groupHelped: number;
  /** Seconds the weekend plan took, null when none was made, and how it was made (`SolveResult.stats.weekendPlanBy`). */
  weekendPlanSeconds: number | null;
  weekendPlanBy: 'columns' | 'mip' | null;
  /** Nodes of the branch-and-price search (null when it did not run), and whether it proved the roster optimal. */
  treeNodes: number | null;
  proven: boolean;
  maxRssMiB: number;
}

function readFlag(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

function runChild(repo: string, file: string, seconds: number, seed: number, name: string): ChildReport {
  const child = join(repo, 'test', 'bench', 'curtois-child.ts');
  const out = execFileSync(process.execPath, ['--import', 'tsx', child, file, String(seconds), String(seed), name],
    { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 24 });
  return JSON.parse(out.trim().split('\n').pop()!) as ChildReport;
}

function main(): void {
  const args = process.argv.slice(2);
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
  const dir = process.env.TURNARIO_CURTOIS_DIR ?? resolve(repo, '..', 'shared', 'bench', 'curtois');
  const seconds = readFlag(args, '--seconds');
  const seed = Number(readFlag(args, '--seed') ?? 1);
  const only = readFlag(args, '--only')?.split(',').map(Number) ?? OPTIMA.map((_, i) => i + 1);
  const header = ['instance', 'objective', 'optimum', 'gap %', 'seconds', 'peak MiB', 'feasible', 'check', 'lower bound', 'root s', 'dives', 'tree nodes', 're-plans (helper)', 'weekend plan s'];
  const rows: string[][] = [];
  console.log(header.join('\t'));
  for (const n of only) {
    const name = `Instance${n}`;
    const file = join(dir, `${name}.txt`);
    if (!existsSync(file)) { console.log(`${name}\tmissing file ${file}`); continue; }
    const budget = seconds !== undefined ? Number(seconds) : n <= 7 ? 10 : 60;
    const r = runChild(repo, file, budget, seed, name);
    const optimum = OPTIMA[n - 1]!;
    const row = [name, String(r.objective), String(optimum), (100 * (r.objective - optimum) / optimum).toFixed(2),
      r.seconds.toFixed(1), r.maxRssMiB.toFixed(0), r.feasible ? 'yes' : `NO (${r.violations})`,
      r.checkedObjective === r.objective ? 'ok' : `MISMATCH ${r.checkedObjective}`,
      r.lowerBound === null ? '-' : r.lowerBound.toFixed(1), r.rootSeconds === null ? '-' : r.rootSeconds.toFixed(1), r.dives === null ? '-' : String(r.dives),
      `${r.treeNodes ?? '-'}${r.proven ? ' (proven)' : ''}`, `${r.groupRounds} (${r.groupHelped})`,
      r.weekendPlanSeconds === null ? '-' : `${r.weekendPlanSeconds.toFixed(1)} (${r.weekendPlanBy})`];
    rows.push(row);
    console.log(row.join('\t'));
  }
}

main();
