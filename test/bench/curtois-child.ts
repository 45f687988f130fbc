// Child process of the Curtois benchmark: solves one instance, verifies the answer with the
// independent evaluator, and prints one JSON line (so peak memory is per instance).
import { readFileSync } from 'node:fs';
import { parseCurtois } from '../../src/roster/curtois/parse.ts';
import { solveCurtois } from '../../src/roster/curtois/solve-curtois.ts';

const [file, secondsText, seedText, name] = process.argv.slice(2);
const parsed = parseCurtois(readFileSync(file!, 'utf8'), name!);
if (!parsed.ok) throw new Error(`format error: ${JSON.stringify(parsed.error)}`);
const solved = await solveCurtois(parsed.instance, { seconds: Number(secondsText), seed: Number(seedText) });
if (!solved.ok) throw new Error(`model error: ${JSON.stringify(solved.error)}`);
const { solution, check, result } = solved.run;
process.stdout.write(`${JSON.stringify({
  objective: solution.objective,
  checkedObjective: check.objective,
  feasible: check.feasible,
  violations: check.violations.length,
  seconds: result.stats.seconds,
  lowerBound: result.stats.lowerBound,
  rootSeconds: result.stats.columnTrace?.rootSeconds ?? null,
  dives: result.stats.columnTrace ? result.stats.dives : null,
  groupRounds: result.stats.groupRounds,
  groupHelped: result.stats.groupHelped,
  weekendPlanSeconds: result.stats.weekendPlanSeconds,
  weekendPlanBy: result.stats.weekendPlanBy,
  treeNodes: result.stats.columnTrace?.tree?.nodes ?? null,
  proven: result.stats.proven,
  maxRssMiB: process.resourceUsage().maxRSS / 1024,
})}\n`);
