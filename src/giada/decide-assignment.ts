import { formatDayIt } from '../domain/format-day-it.ts';
import { requestTypeLabels } from '../domain/giada.ts';
import { leanOf } from './balance-lean.ts';
import { countReserve } from './candidates.ts';
import { chooseCandidate } from './choose-candidate.ts';
import { isCollegialCase, listCompetentCandidates } from './competence.ts';
import { fromDayNumber, toDayNumber } from './day-number.ts';
import { dayWithArticle } from './day-with-article.ts';
import type { AssignmentDecision, DateSearchTrace, DecisionInput } from './decision.ts';
import type { EngineState } from './engine-model.ts';
import { explainDecision } from './explain.ts';
import { hasDetainedDefendant, selectFixingWindow } from './fixing-window.ts';
import { searchHearing, type HearingSearch } from './search-hearing.ts';
import { weighedSectionShares } from './section-share.ts';
import { computeLawfulStart } from './statutory-term.ts';
import { classifyWeight } from './weight-class.ts';
import { computeWeight } from './weight.ts';

function searchTrace(windowFrom: number, windowTo: number, lawful: ReturnType<typeof computeLawfulStart>, s: HearingSearch | null): DateSearchTrace {
  const from = Math.max(windowFrom, lawful.earliest);
  return {
    windowFrom: fromDayNumber(windowFrom),
    windowTo: fromDayNumber(windowTo),
    lawfulFrom: fromDayNumber(lawful.earliest),
    term: lawful.term ? { minDays: lawful.term.minDays, source: lawful.term.source, ends: fromDayNumber(lawful.termEnd ?? 0) } : null,
    from: fromDayNumber(from),
    to: fromDayNumber(windowTo),
    checked: s?.checked ?? 0,
    saturated: s?.saturated ?? 0,
    blocked: s?.blocked ?? 0,
    suspended: s?.suspended ?? 0,
    blockedReason: s?.blockedReason ?? null,
  };
}

/** "Delle 5 udienze esaminate, 2 erano sature e 3 cadevano nella sospensione feriale di agosto." */
function describePassedOver(p: { checked: number; saturated: number; blocked: number; suspended: number }): string {
  if (p.checked === 1) {
    const only = p.saturated === 1 ? 'era satura' : p.suspended === 1 ? 'cadeva nella sospensione feriale di agosto' : 'cadeva in un giorno in cui il giudice o un componente del collegio non poteva tenere udienza';
    return `L'unica udienza esaminata ${only}.`;
  }
  const verb = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    p.saturated > 0 ? verb(p.saturated, 'era satura', 'erano sature') : '',
    p.suspended > 0 ? verb(p.suspended, 'cadeva nella sospensione feriale di agosto', 'cadevano nella sospensione feriale di agosto') : '',
    p.blocked > 0 ? verb(p.blocked, 'cadeva in un giorno in cui il giudice o un componente del collegio non poteva tenere udienza', 'cadevano in giorni in cui il giudice o un componente del collegio non poteva tenere udienza') : '',
  ].filter(Boolean);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} e ${parts[parts.length - 1]}` : parts[0]!;
  return `Delle ${p.checked} udienze esaminate, ${list}.`;
}

/**
 * Decides one request against the current state, without changing it: weight and class, competent
 * candidates, rotation (or draw), the first hearing with room inside the fixing window that respects the
 * statutory terms, August and absences. Pure given the state and the input: replay recomputes it.
 */
export function decideAssignment(state: EngineState, input: DecisionInput): AssignmentDecision {
  const { model, queues } = state;
  const { config, table } = model;
  const { request } = input;
  const weight = computeWeight(request, config.weightScoring);
  const klass = classifyWeight(weight.value, config.weightClasses);
  const collegial = isCollegialCase(request, config);
  const detained = hasDetainedDefendant(request);
  const base: AssignmentDecision = {
    requestId: request.id, status: 'manual', kind: collegial ? 'panel' : 'judge', candidateId: null, hearingDate: null, slot: null,
    searchedOn: input.on, weight: weight.value, weightParts: weight.parts, weightClass: klass.weightClass.id, collegial,
    urgent: request.urgent, detained, excluded: [...input.excluded], search: null, candidates: [], notReached: [], draw: null, lean: null, reserve: null, manualReason: null, explanation: '',
  };
  const finish = (decision: AssignmentDecision): AssignmentDecision => ({ ...decision, explanation: explainDecision(model, request, decision) });

  const matter = config.subjectMatters.find((m) => m.id === request.subjectMatter);
  const window = selectFixingWindow(request, config.fixingWindows);
  if (!matter) return finish({ ...base, manualReason: `la materia «${request.subjectMatter}» non è configurata.` });
  if (!window) return finish({ ...base, manualReason: `nessun range di fissazione configurato per ${requestTypeLabels[request.type]}.` });

  const excluded = new Set(input.excluded);
  const everyCompetent = listCompetentCandidates(model.candidates, matter, collegial);
  const competent = everyCompetent.filter((c) => !excluded.has(c.id));
  // Section percentages below 100 among the matter's competent candidates: its rotation counts the matter's cases.
  const percentOf = weighedSectionShares(everyCompetent, matter);
  const on = toDayNumber(input.on);
  const windowFrom = on + window.minDays;
  const windowTo = on + window.maxDays;
  const lawful = computeLawfulStart(on, request.type, detained, config.statutoryTerms, model.legal);
  const from = Math.max(windowFrom, lawful.earliest);
  if (competent.length === 0) {
    const what = collegial ? 'collegio competente' : 'giudice competente';
    const nameOf = (id: string) => (collegial ? (config.panels.find((p) => p.id === id)?.name ?? id) : model.names(id));
    const left = excluded.size === 0 ? '' : ` oltre ${excluded.size === 1 ? 'a quello escluso' : 'a quelli esclusi'} per astensione o riassegnazione (${[...excluded].map(nameOf).join(', ')})`;
    return finish({ ...base, search: searchTrace(windowFrom, windowTo, lawful, null), manualReason: `nessun ${what} per la materia «${matter.name}»${left}.` });
  }
  const pool = collegial ? 1 : 0;
  const lean = leanOf(weight.value, queues.classMean(klass.index, pool), config.weightClasses.map((_, k) => queues.classMean(k, pool)));
  const item = { direct: request.type === 'citazione_diretta', urgent: request.urgent, summerExempt: request.urgent || detained };
  const choice = chooseCandidate(
    competent,
    klass.index,
    lean,
    queues,
    (c) => searchHearing(table, c.index, from, windowTo, item, config.summerSuspension),
    (h) => table.dateOf(h),
    input.draw ? { source: input.draw, slack: config.drawPoolSlack } : null,
    (c) => countReserve(c, matter.id),
    percentOf ? { matter: config.subjectMatters.indexOf(matter), percentOf } : null,
  );
  if (!choice.chosen) {
    const only = competent.length === 1 ? competent[0]! : null;
    const whom = only
      ? `per l'unico ${collegial ? 'collegio competente' : 'giudice competente'} (${only.kind === 'panel' ? (config.panels.find((p) => p.id === only.id)?.name ?? only.id) : model.names(only.id)})`
      : `per nessuno dei ${competent.length} ${collegial ? 'collegi competenti' : 'giudici competenti'}`;
    const between = `${dayWithArticle('tra il', fromDayNumber(from))} ${dayWithArticle('e il', fromDayNumber(windowTo))}`;
    const p = choice.passedOver;
    const reason = from > windowTo
      ? `il termine minimo di legge cade oltre la fine del range di fissazione (prima data utile ${formatDayIt(fromDayNumber(lawful.earliest))}, fine del range ${formatDayIt(fromDayNumber(windowTo))}).`
      : p.checked === 0
        ? `nessuna udienza in calendario ${between} ${whom}.`
        : p.blocked + p.suspended === 0
          ? `nessuna udienza non satura ${between} ${whom}.`
          : `nessuna udienza utile ${between} ${whom}. ${describePassedOver(p)}`;
    return finish({ ...base, search: searchTrace(windowFrom, windowTo, lawful, null), candidates: choice.traces, notReached: choice.notReached, manualReason: reason });
  }
  const { candidate, search } = choice.chosen;
  return finish({
    ...base,
    status: 'assigned',
    candidateId: candidate.id,
    hearingDate: table.dateOf(search.hearing),
    slot: search.slot,
    search: searchTrace(windowFrom, windowTo, lawful, search),
    candidates: choice.traces,
    notReached: choice.notReached,
    draw: choice.draw,
    lean: input.draw ? null : lean,
    reserve: choice.reserve,
  });
}
