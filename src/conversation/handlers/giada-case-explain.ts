import type { DeepReadonly } from '../../domain/deep-readonly.ts';
import { formatWeekdayDayIt } from '../../domain/format-day-it.ts';
import type { OfficeConfig } from '../../domain/office-config.ts';
import { describeCandidate } from '../../giada/engine-model.ts';
import { explainDecision } from '../../giada/explain.ts';
import type { LedgerRecord } from '../../giada/ledger-record.ts';
import { registerNumberOf } from '../../giada/register-number.ts';
import { giadaEngineOf } from '../giada-engine-of.ts';
import { reply, say, type Reply } from '../reply.ts';
import type { Turn } from '../turn.ts';

type Decided = Extract<LedgerRecord, { kind: 'assignment' | 'reassignment' | 'backfill' }>;

/** A register number as written in a question ("1234/2026", "77/26"). */
const RG = /(?:^|[^\d/])(\d{1,7}\/(?:\d{4}|\d{2}))(?![\d/])/;

/** Whether a stored request id ("n. 1234/26 R.G.N.R.", "1234/2026") carries the number asked, whichever way its year is written. */
const sameNumber = (id: string, number: string) => registerNumberOf(id) === registerNumberOf(number);

/** The holder's judge or panel members: who may read why a case went to them. */
function holderIds(office: DeepReadonly<OfficeConfig>, record: Decided): string[] {
  const { kind, candidateId } = record.kind === 'backfill' ? { kind: record.ownerKind, candidateId: record.candidateId } : record.decision;
  if (!candidateId) return [];
  return kind === 'judge' ? [candidateId] : office.giada!.panels.find((p) => p.id === candidateId)?.memberIds.slice() ?? [];
}

/**
 * "perché mi è stato assegnato il procedimento 1234/2026?": at a Tribunale, why GIADA gave that case to its judge or panel,
 * in the engine's own explanation, for the holder, the one who asked for the date, the president and the dibattimento office.
 */
export async function answerGiadaCaseExplain(turn: Turn, text: string, office: DeepReadonly<OfficeConfig>): Promise<Reply> {
  const number = RG.exec(text)?.[1];
  if (!number) return say('problem', 'Di quale procedimento? Indica il suo numero di R.G., per esempio "perché mi è stato assegnato il procedimento 1234/2026?".');
  const ledger = (await turn.deps.store.readLog('giada-ledger')) as LedgerRecord[];
  const record = ledger.filter((r): r is Decided => (r.kind === 'assignment' || r.kind === 'reassignment' || r.kind === 'backfill') && sameNumber(r.request.id, number)).at(-1);
  if (!record) return say('answer', `Non trovo il procedimento ${number} tra quelli assegnati da GIADA: controlla il numero di R.G.`);
  const holders = holderIds(office, record);
  const mayRead = holders.includes(turn.who.personId) || record.request.requestedBy.userId === turn.who.personId || turn.who.isHead || turn.who.role === 'dibattimento';
  if (!mayRead) return say('refusal', `Mi dispiace, la motivazione dell'assegnazione del procedimento ${number} è visibile al giudice o al collegio assegnatario, a chi ha chiesto la data, al presidente del Tribunale e all'ufficio del dibattimento.`);
  const engine = await giadaEngineOf(turn, office);
  if (typeof engine === 'string') return say('problem', engine);
  const model = engine.state.model;
  // What happened to the case after its last decision: cancelled, joined to another, or fixed by hand.
  const status = engine.state.cases.get(record.request.id)?.status;
  if (status === 'cancelled') return say('answer', `L'assegnazione del procedimento ${number} è stata annullata dall'ufficio del dibattimento: ora non ha un giudice né una data.`);
  if (status === 'joined') {
    const into = ledger.filter((r) => r.kind === 'joinder' && r.joinedIds.includes(record.request.id)).at(-1);
    const target = into?.kind === 'joinder' ? ` al procedimento ${into.intoId}` : ' ad altro processo';
    return say('answer', `Il procedimento ${number} è stato riunito${target}: giudice e data sono quelli del procedimento a cui è stato riunito.`);
  }
  if (record.kind === 'backfill') {
    const holder = record.ownerKind === 'judge' ? model.names(record.candidateId) : office.giada!.panels.find((p) => p.id === record.candidateId)?.name ?? record.candidateId;
    return reply('answer', `Il procedimento ${number} è stato assegnato a mano`,
      { lines: [`${record.ownerKind === 'judge' ? 'Giudice' : 'Collegio'}: ${holder}`, `Prima udienza: ${formatWeekdayDayIt(record.hearingDate)}`] },
      { heading: 'Perché', lines: [`Giudice e data non sono stati scelti da GIADA ma fissati dall'ufficio del dibattimento (turno cartaceo o intervento manuale), con questa motivazione: «${record.reason}». Il processo conta comunque nella rotazione della sua classe.`] });
  }
  const { decision } = record;
  if (decision.status === 'manual' || !decision.candidateId || !decision.hearingDate) {
    return reply('answer', `Il procedimento ${number} attende un intervento manuale`, { lines: [explainDecision(model, record.request, decision)] });
  }
  const mine = holders.includes(turn.who.personId);
  const holder = decision.kind === 'judge' ? model.names(decision.candidateId) : office.giada!.panels.find((p) => p.id === decision.candidateId)?.name ?? decision.candidateId;
  // "alla giudice Marta Leone", "al giudice Giorgio Ferrari", "a Carla Amato" when the office declared no gender.
  const to = mine ? (decision.kind === 'judge' ? 'a te' : 'al tuo collegio') : decision.kind === 'judge' ? describeCandidate(model, { kind: 'judge', id: decision.candidateId }, 'a') : `al collegio «${holder}»`;
  return reply('answer', `Perché il procedimento ${number} è stato assegnato ${to}`,
    { lines: [`${decision.kind === 'judge' ? 'Giudice' : 'Collegio'}: ${holder}`, `Prima udienza: ${formatWeekdayDayIt(decision.hearingDate)}`] },
    { heading: 'Perché', lines: [explainDecision(model, record.request, decision)] });
}
