import { numberIt } from '../../domain/format-number-it.ts';
import { serviceKindLabels, type ServiceKind } from '../../domain/service.ts';
import { fairnessView, type LoadRow } from '../../reports/fairness-view.ts';
import { exampleColleague } from '../example-colleague.ts';
import { formatPeriod } from '../format-period.ts';
import { reply, say, type Reply } from '../reply.ts';
import type { Turn } from '../turn.ts';

/** Within this many load points of the target, a load is "in linea" (less than one ordinary duty). */
const IN_LINE = 1;

const capitalized = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
const points = (value: number) => `${numberIt(Math.abs(value))} ${numberIt(Math.abs(value)) === '1,0' ? 'punto' : 'punti'}`;

/** Where a load stands against its target, in words: "in linea con l'obiettivo", "2,0 punti sopra l'obiettivo". */
export function standing(deviation: number): string {
  if (Math.abs(deviation) < IN_LINE) return "in linea con l'obiettivo";
  return `${points(deviation)} ${deviation > 0 ? 'sopra' : 'sotto'} l'obiettivo`;
}

const WHAT_POINTS_MEAN = "Il carico è in punti: sabati, domeniche e festivi pesano di più. L'obiettivo è la tua parte in proporzione alla capacità (esoneri, assenze, tempo parziale), e chi è sopra o sotto riceve meno o più turni nei calendari successivi.";
const ASK_WHY = 'Per sapere perché ti è stato assegnato un turno, chiedi "perché a me?" o, per un giorno preciso, "perché ho il turno del 7 dicembre?".';

/** The published periods the cumulative figures cover, as a chat names them: "nei calendari pubblicati dal 23 novembre al 31 dicembre". */
function coveredPeriod(turn: Turn, periods: readonly { from: string; to: string }[]): string {
  const from = periods.reduce((a, p) => (p.from < a ? p.from : a), periods[0]!.from);
  const to = periods.reduce((a, p) => (p.to > a ? p.to : a), periods[0]!.to);
  return `nei calendari pubblicati ${formatPeriod(turn.today, from, to)}`;
}

/**
 * "com'è la mia equità?": the writer's load against their target, per kind of service, summed over every published
 * calendar of the office (the cumulative part of the fairness report the CLI prints with "calendar fairness").
 */
export function answerOwnCalendarFairness(turn: Turn): Reply {
  const view = fairnessView(turn.deps.store.snapshot(), turn.who.officeId, null, false);
  if (!view) return say('answer', "Non c'è ancora un calendario pubblicato: il carico rispetto all'obiettivo si calcola sui turni pubblicati.");
  const where = coveredPeriod(turn, view.cumulative.periods);
  const mine = view.cumulative.rows.filter((r) => r.magistrateId === turn.who.personId);
  if (mine.length === 0) return say('answer', `${capitalized(where)} non hai turni né un obiettivo di turni: non partecipi ai servizi del calendario.`);
  const lines = mine.map((r) => `${capitalized(serviceKindLabels[r.kind])}: ${r.duties} ${r.duties === 1 ? 'turno' : 'turni'}, carico ${numberIt(r.load)}, obiettivo ${numberIt(r.target)}. Sei ${standing(r.load - r.target)}.`);
  return reply('answer', "Il tuo carico rispetto all'obiettivo", { heading: capitalized(where), lines, list: true }, { lines: [WHAT_POINTS_MEAN, ASK_WHY] });
}

/** One kind's spread across the office: the mean deviation, who is furthest above and below the target. */
function kindLine(kind: ServiceKind, rows: readonly LoadRow[]): string {
  const deviations = rows.map((r) => ({ name: r.name, deviation: r.load - r.target }));
  const mean = deviations.reduce((s, d) => s + Math.abs(d.deviation), 0) / deviations.length;
  const above = deviations.reduce((a, d) => (d.deviation > a.deviation ? d : a));
  const below = deviations.reduce((a, d) => (d.deviation < a.deviation ? d : a));
  const label = capitalized(serviceKindLabels[kind]);
  if (Math.abs(above.deviation) < IN_LINE && Math.abs(below.deviation) < IN_LINE) {
    return `${label}: tutti i ${rows.length} magistrati sono in linea con l'obiettivo (scarto medio ${points(mean)}).`;
  }
  return `${label}: scarto medio ${points(mean)}. Il più sopra l'obiettivo è ${above.name} (${points(above.deviation)} sopra), il più sotto è ${below.name} (${points(below.deviation)} sotto).`;
}

/** "equità del calendario", for the head of office: per kind of service, how far the loads stand from their targets. */
export function answerOfficeCalendarFairness(turn: Turn): Reply {
  const view = fairnessView(turn.deps.store.snapshot(), turn.who.officeId, null, false);
  if (!view) return say('answer', "Non c'è ancora un calendario pubblicato: l'equità dei turni si calcola sui calendari pubblicati.");
  const kinds = [...new Set(view.cumulative.rows.map((r) => r.kind))];
  const lines = kinds.map((kind) => kindLine(kind, view.cumulative.rows.filter((r) => r.kind === kind)));
  return reply('answer', "Equità dei turni dell'ufficio", { heading: capitalized(coveredPeriod(turn, view.cumulative.periods)), lines, list: true }, {
    lines: [
      "Il carico è in punti (sabati, domeniche e festivi pesano di più); l'obiettivo di ciascuno è in proporzione alla sua capacità.",
      `Per sapere perché un turno è andato a un magistrato, chiedi per esempio "perché ${exampleColleague(turn) ?? 'Rossi'} ha il turno del 7 dicembre?".`,
    ],
  });
}
