import type { Understanding } from './understanding/index.ts';
import { formatAlternatives, formatPeriods } from './format-period.ts';
import { reply, say, type Reply, type ReplySection } from './reply.ts';
import type { Turn } from './turn.ts';

/**
 * A message naming several periods apart ("chi è reperibile il 3 e il 10?", "ferie 3-7 marzo e 20-24 aprile"): the
 * understanding holds each in `periods` and its `from`/`to` is the first. Questions are answered period by period, never
 * for the days between; a request that changes something (an absence, a swap, a calendar) is not made for one period
 * only, silently dropping the others, nor for all of them: the writer is asked to send them one at a time, and nothing is written.
 * Periods offered as alternatives ("sarò in ferie il 3 o il 10 marzo") are one the writer has not chosen yet: a question is
 * still answered for each (it writes nothing, and whichever was meant is in the answer), a change is not made for either:
 * the writer is asked which one was meant.
 */

/** The understanding of one of the periods written. */
const forPeriod = (u: Understanding, period: { from: string; to: string }): Understanding => {
  const { periods: _all, ...single } = u;
  return { ...single, from: period.from, to: period.to };
};

/** Answers a question for each period written, one after the other; a refusal or a problem is said once. */
export async function answerEachPeriod(turn: Turn, u: Understanding, answer: (turn: Turn, u: Understanding) => Reply | Promise<Reply>): Promise<Reply> {
  const periods = u.periods ?? [];
  const replies: Reply[] = [];
  for (const period of periods) {
    const one = await answer(turn, forPeriod(u, period));
    if (one.kind === 'refusal' || one.kind === 'problem') return one;
    replies.push(one);
  }
  const sections = replies.flatMap((r): ReplySection[] => {
    if (r.title === undefined) return r.sections;
    const [first, ...rest] = r.sections;
    if (first && first.heading === undefined) return [{ ...first, heading: r.title }, ...rest];
    return [{ lines: [r.title] }, ...r.sections];
  });
  return reply('answer', undefined, ...sections);
}

/** What each request that cannot act on several periods at once would do, for the reply asking for one at a time. */
const ONE_AT_A_TIME: Partial<Record<Understanding['intent'], { what: string; example: string }>> = {
  swap: { what: 'scambiare un solo turno per messaggio', example: 'scambio la repe del 3 marzo con Rossi' },
  calendar_generate: { what: 'generare il calendario di un solo periodo per messaggio', example: 'genera marzo' },
  calendar_publish: { what: 'pubblicare il calendario di un solo periodo per messaggio', example: 'pubblica marzo' },
};

/** Whether the request must be sent again one period at a time. */
export const needsOnePeriod = (u: Understanding): boolean => u.periods !== undefined && u.periods.length > 1 && ONE_AT_A_TIME[u.intent] !== undefined;

/** The reply to a request naming several periods that can act on one only: which periods were read, and how to send them. */
export function askOnePeriodAtATime(turn: Turn, u: Understanding): Reply {
  const how = ONE_AT_A_TIME[u.intent] ?? { what: 'trattare un solo periodo per messaggio', example: 'il 3 marzo' };
  return say('problem', `Hai indicato più periodi separati: ${formatPeriods(turn.today, u.periods ?? [])}. Posso ${how.what}: scrivimeli uno alla volta, per esempio "${how.example}". Non ho registrato nulla.`);
}

/** Requests that change something; the others are questions, answered for each period. */
const CHANGES: ReadonlySet<Understanding['intent']> = new Set(['absence_declare', 'absence_cancel', 'swap', 'calendar_generate', 'calendar_publish']);

/** Whether a change was asked for one of several periods the writer has not chosen between ("ferie il 3 o il 10 marzo"). */
export const needsChosenPeriod = (u: Understanding): boolean => u.alternativePeriods === true && (u.periods?.length ?? 0) > 1 && CHANGES.has(u.intent);

/** The reply to a change asked for one period or another: which one was meant; nothing is written. */
export function askWhichPeriod(turn: Turn, u: Understanding): Reply {
  const periods = u.periods ?? [];
  const what = periods.every((p) => p.from === p.to) ? 'il giorno giusto' : 'il periodo giusto';
  return say('problem', `Intendi ${formatAlternatives(turn.today, periods)}? Riscrivimi la richiesta indicando solo ${what}: non ho registrato nulla.`);
}
