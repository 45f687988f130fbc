import { giadaOffice } from './giada-request.ts';
import { refusalFor } from '../permissions.ts';
import { say, type Reply } from '../reply.ts';
import type { Turn } from '../turn.ts';
import { answerOfficeCalendarFairness, answerOwnCalendarFairness } from './calendar-fairness.ts';
import { answerOfficeGiadaLoad, answerOwnGiadaLoad } from './giada-load.ts';

/**
 * "com'è la mia equità?" (`own`) and "equità del calendario" (`office`, the head only): at an office with duty services the
 * Calendar's cumulative fairness, at a Tribunale with GIADA and no duty services the GIADA weights of the semester.
 */
export async function answerFairness(turn: Turn, scope: 'own' | 'office'): Promise<Reply> {
  if (scope === 'office') {
    const refusal = await refusalFor(turn.deps.store, turn.deps.clock, turn.who, 'office_fairness', 'fairness');
    if (refusal) return say('refusal', refusal);
  }
  const giada = turn.config.services.length === 0 && turn.config.giada ? giadaOffice(turn) : null;
  if (giada !== null && typeof giada !== 'string') return scope === 'own' ? answerOwnGiadaLoad(turn, giada) : answerOfficeGiadaLoad(turn, giada);
  if (turn.config.services.length === 0) return say('answer', "Nel tuo ufficio non ci sono turni né assegnazioni GIADA gestiti con turnario, quindi non c'è un carico da confrontare.");
  if (scope === 'office') return answerOfficeCalendarFairness(turn);
  if (turn.who.kind === 'staff') return say('answer', "Il carico rispetto all'obiettivo riguarda i magistrati di turno: non hai turni tuoi. Il quadro di tutto l'ufficio è visibile al capo dell'ufficio.");
  return answerOwnCalendarFairness(turn);
}
