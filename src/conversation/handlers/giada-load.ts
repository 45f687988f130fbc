import type { DeepReadonly } from '../../domain/deep-readonly.ts';
import { byGender } from '../../domain/gender.ts';
import { numberIt } from '../../domain/format-number-it.ts';
import type { OfficeConfig } from '../../domain/office-config.ts';
import { computeBalance, type BalancePool, type BalanceReport, type BalanceRow } from '../../giada/balance.ts';
import { semesterOf } from '../../giada/balance-watch.ts';
import { formatPeriod } from '../format-period.ts';
import { percentWithArticle } from '../percent-it.ts';
import { giadaEngineOf } from '../giada-engine-of.ts';
import { reply, say, type Reply } from '../reply.ts';
import type { Turn } from '../turn.ts';

const capitalized = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
const cases = (n: number) => `${n} ${n === 1 ? 'processo' : 'processi'}`;

/** The semester so far and its balance watch (`computeBalance`, as the Monday job and "giada report" compute it); a problem reply when the engine cannot be opened. */
async function semesterBalance(turn: Turn, office: DeepReadonly<OfficeConfig>): Promise<{ report: BalanceReport; period: string } | Reply> {
  const engine = await giadaEngineOf(turn, office);
  if (typeof engine === 'string') return say('problem', engine);
  const { from } = semesterOf(turn.today);
  const report = computeBalance(engine.state, from, turn.today);
  return { report, period: formatPeriod(turn.today, from, turn.today) };
}

const poolMean = (pool: BalancePool) => pool.rows.reduce((s, r) => s + r.loadPerFte, 0) / pool.rows.length;

const tolerated = (percent: number, tolerance: number) => `${Math.abs(percent) <= tolerance ? 'entro' : 'oltre'} la tolleranza ${percentWithArticle('del', tolerance, 1)}`;

/** How a load per full-time equivalent compares with the pool's mean: "l'8% sopra la media, entro la tolleranza del 10%". */
function againstMean(row: BalanceRow, mean: number, tolerance: number, roundSlack: number): string {
  const percent = ((row.loadPerFte - mean) / mean) * 100;
  if (Math.abs(percent) < 0.5) return 'in linea con la media';
  // As the balance watch: a gap the rotation in progress explains (a case of the round still to come, or already had) is no imbalance.
  const round = Math.abs(percent) > tolerance && Math.abs(row.loadPerFte - mean) <= roundSlack ? ', ma non più di quanto spieghi il giro di rotazione in corso' : '';
  return `${percentWithArticle('il', Math.abs(percent))} ${percent > 0 ? 'sopra' : 'sotto'} la media, ${tolerated(percent, tolerance)}${round}`;
}

/** One judge's or panel's line: cases, total weight, capacity, load per full-time equivalent against the pool's mean. */
function rowLine(row: BalanceRow, pool: BalancePool, tolerance: number, own: boolean): string {
  const mean = poolMean(pool);
  const who = own ? 'Come giudice del rito monocratico hai' : `Il collegio «${row.name}», di cui fai parte, ha`;
  if (mean === 0) return `${who} ricevuto 0 processi, come tutti ${own ? 'i giudici' : 'i collegi'} finora.`;
  const weight = row.cases > 0 ? `, di peso complessivo ${numberIt(row.weightedLoad, 0)}` : '';
  const subject = own ? 'Sei' : 'È';
  return `${who} ricevuto ${cases(row.cases)}${weight}. Con una capacità ${percentWithArticle('del', row.capacity, 1)}, il carico per tempo pieno è ${numberIt(row.loadPerFte)}, contro una media ${own ? 'dei giudici' : 'dei collegi'} di ${numberIt(mean)}. ${subject} ${againstMean(row, mean, tolerance, pool.roundSlack)}.`;
}

/** "il mio carico GIADA", "quanti fascicoli mi sono stati assegnati?": the judge's weights this semester, against capacity and the mean. */
export async function answerOwnGiadaLoad(turn: Turn, office: DeepReadonly<OfficeConfig>): Promise<Reply> {
  const balance = await semesterBalance(turn, office);
  if (!('report' in balance)) return balance;
  const { report, period } = balance;
  const id = turn.who.personId;
  const judges = report.pools.find((p) => p.kind === 'judge');
  const own = judges?.rows.find((r) => r.id === id);
  const panelIds = new Set(office.giada!.panels.filter((p) => p.memberIds.includes(id)).map((p) => p.id));
  const panels = report.pools.find((p) => p.kind === 'panel');
  const lines = [
    ...(own && judges ? [rowLine(own, judges, report.tolerancePercent, true)] : []),
    ...(panels ? panels.rows.filter((r) => panelIds.has(r.id)).map((r) => rowLine(r, panels, report.tolerancePercent, false)) : []),
  ];
  if (lines.length === 0) return say('answer', 'Non risulti tra i giudici e i collegi a cui GIADA assegna i processi, quindi non hai un carico GIADA.');
  return reply('answer', 'Il tuo carico GIADA', { heading: `Richieste ${period}`, lines, list: true }, {
    lines: [
      'Il carico è la somma dei pesi dei processi assegnati, diviso per la capacità: così chi lavora a tempo ridotto è confrontato alla pari.',
      'Per sapere perché ti è stato assegnato un processo, chiedi "perché mi è stato assegnato il procedimento 1234/2026?", con il suo numero di R.G.',
    ],
  });
}

/**
 * Who is the most and who the least loaded, agreeing with each judge's declared gender: "la più carica è Marta Leone",
 * "il meno carico Giorgio Ferrari"; undeclared, a neutral construction ("il carico più alto è quello di Carla Amato").
 * A panel is "il collegio": "il più carico è «…»".
 */
function extremes(pool: BalancePool, office: DeepReadonly<OfficeConfig>): { most: string; least: string } {
  const most = pool.rows[0]!;
  const least = pool.rows[pool.rows.length - 1]!;
  if (pool.kind === 'panel') return { most: `il più carico è «${most.name}»`, least: `il meno carico «${least.name}»` };
  const genderOf = (row: BalanceRow) => office.magistrates.find((m) => m.id === row.id)?.gender;
  return {
    most: byGender(genderOf(most), { F: `la più carica è ${most.name}`, M: `il più carico è ${most.name}`, unknown: `il carico più alto è quello di ${most.name}` }),
    least: byGender(genderOf(least), { F: `la meno carica ${least.name}`, M: `il meno carico ${least.name}`, unknown: `il più basso quello di ${least.name}` }),
  };
}

/** One pool's spread: how many, the most and least loaded per full-time equivalent, against the tolerance. */
function poolLine(pool: BalancePool, tolerance: number, office: DeepReadonly<OfficeConfig>): string {
  const noun = pool.kind === 'judge' ? 'Giudici del rito monocratico' : 'Collegi';
  if (poolMean(pool) === 0) return `${noun}: nessun processo assegnato finora.`;
  const most = pool.rows[0]!;
  const least = pool.rows[pool.rows.length - 1]!;
  const named = extremes(pool, office);
  // As the balance watch: beyond the tolerance, an imbalance only past what the rotation in progress explains (balance.ts, roundSlack).
  const verdict = pool.alert !== null
    ? `${tolerated(pool.spreadPercent, tolerance)}, e serve quindi un riequilibrio`
    : pool.spreadPercent > tolerance
      ? `${tolerated(pool.spreadPercent, tolerance)}, ma non più di quanto spieghi il giro di rotazione in corso: nessun riequilibrio da fare`
      : tolerated(pool.spreadPercent, tolerance);
  return `${noun}: ${named.most}, con ${numberIt(most.loadPerFte)} per tempo pieno, ${named.least}, con ${numberIt(least.loadPerFte)}. La differenza è ${percentWithArticle('il', pool.spreadPercent)} della media, ${verdict}.`;
}

/** "come sono distribuiti i procedimenti?", for the president: the semester's balance watch in a few lines. */
export async function answerOfficeGiadaLoad(turn: Turn, office: DeepReadonly<OfficeConfig>): Promise<Reply> {
  const balance = await semesterBalance(turn, office);
  if (!('report' in balance)) return balance;
  const { report, period } = balance;
  const total = report.pools.reduce((s, p) => s + p.rows.reduce((t, r) => t + r.cases, 0), 0);
  if (total === 0) return say('answer', `${capitalized(period)} GIADA non ha ancora assegnato processi: non c'è un carico da confrontare.`);
  return reply('answer', 'Distribuzione dei processi GIADA', { heading: `Richieste ${period}, ${cases(total)} assegnati`, lines: report.pools.map((p) => poolLine(p, report.tolerancePercent, office)), list: true }, {
    lines: ['Il carico per tempo pieno è la somma dei pesi dei processi assegnati diviso per la capacità di ciascuno.'],
  });
}
