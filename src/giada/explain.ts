import { requestTypeLabels, type HearingRequest } from '../domain/giada.ts';
import type { AssignmentDecision, ReserveTrace } from './decision.ts';
import { dayWithArticle } from './day-with-article.ts';
import { describeCandidate, type EngineModel } from './engine-model.ts';
import { describeWeight } from './weight.ts';

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100).replace('.', ',');
}

function describeRequest(request: HearingRequest, decision: AssignmentDecision): string {
  const flags = [decision.urgent ? 'urgente' : null, decision.detained ? 'con imputati detenuti' : null].filter(Boolean);
  return `${requestTypeLabels[request.type]}${flags.length > 0 ? `, ${flags.join(', ')}` : ''}`;
}

/** The balancing rule among tied candidates (balance-lean.ts), in words a lawyer can follow. */
function explainLean(decision: AssignmentDecision, tied: number, chosen: { load: number; deviation: number }, afterReserve: boolean): string {
  const others = tied === 1 ? 'un altro candidato' : `altri ${tied} candidati`;
  const lean = decision.lean;
  const correction = lean?.correction ?? 0;
  const key = chosen.load + correction * chosen.deviation;
  const opening = afterReserve ? `Tra chi restava a parità di indice (${others} oltre a quello scelto)` : `A parità di indice con ${others}`;
  const common = `${opening}, ha deciso il riequilibrio dei carichi: il processo va a chi ha il carico di riequilibrio più basso`;
  const tail = "; a parità anche di questo, la prima udienza libera più vicina e infine l'ordine degli identificativi. Ciascuno riceve comunque un processo della classe a ogni giro di rotazione: cambia solo chi riceve quale processo, e quando.";
  if (!lean || lean.classMean === null || correction === 0) {
    const why = !lean || lean.classMean === null ? 'è il primo processo della classe, e conta quindi' : `pesa ${fmt(decision.weight)}, quanto la media dei processi della classe, e conta quindi`;
    return `${common}: il processo ${why} solo il carico ponderato complessivo (tutte le classi) per tempo pieno, ${fmt(chosen.load)} per quello scelto${tail}`;
  }
  const heavier = correction > 0;
  return `${common}, cioè il carico ponderato complessivo (tutte le classi) per tempo pieno più lo scarto dei processi che ha già ricevuto dalla media delle rispettive classi, moltiplicato per ${fmt(correction)}: il processo pesa ${fmt(decision.weight)}, ${heavier ? 'più' : 'meno'} della media dei processi della classe (${fmt(lean.classMean)}), e il coefficiente (5 × (peso − media) / peso) fa sì che vada preferibilmente a chi finora ha ricevuto processi più ${heavier ? 'leggeri' : 'pesanti'} della media, mentre il carico complessivo fa sì che chi è già più carico venga dopo. Per quello scelto: carico ${fmt(chosen.load)}, scarto ${fmt(chosen.deviation)}, carico di riequilibrio ${fmt(key)}${tail}`;
}

/** The reserve among tied candidates (candidates.ts, countReserve), in words a lawyer can follow. */
function explainReserve(model: EngineModel, reserve: ReserveTrace): string {
  const names = reserve.matterIds.map((id) => `«${model.config.subjectMatters.find((m) => m.id === id)?.name ?? id}»`);
  const matters = names.length === 1 ? `della materia ${names[0]}, riservata` : `delle materie ${names.join(', ')}, riservate`;
  const who = reserve.after === 1 ? 'un altro candidato, che può ricevere' : `altri ${reserve.after} candidati, che possono ricevere`;
  return `A parità di indice con ${who} anche i processi ${matters} alla ${reserve.after === 1 ? 'sua sezione' : 'loro sezione'}, il processo è andato prima a chi non li può ricevere: quei processi non possono andare ad altri, e lasciare libero nella rotazione chi li può ricevere evita che, quando arrivano, si debba dare a qualcuno un secondo processo della classe prima che tutti ne abbiano avuto uno.`;
}

function whyCandidate(model: EngineModel, decision: AssignmentDecision, matter: string): string {
  const chosen = decision.candidates.find((c) => c.outcome === 'scelto');
  if (!chosen) return '';
  const who = describeCandidate(model, chosen);
  const pool = decision.candidates.length + decision.notReached.length;
  const noun = decision.kind === 'judge' ? (pool === 1 ? 'giudice competente' : 'giudici competenti') : pool === 1 ? 'collegio competente' : 'collegi competenti';
  const skipped = decision.candidates.filter((c) => c.outcome === 'senza_udienze').length;
  const base = `Tra ${pool === 1 ? "l'unico" : `i ${pool}`} ${noun} per la materia «${matter}», ${who} `;
  const load = `(${fmt(chosen.received)} ${chosen.received === 1 ? 'processo' : 'processi'} della classe a fronte di una capacità del ${fmt(chosen.capacity)}%)`;
  const draw = decision.draw
    ? `è stato estratto a sorte tra i ${decision.draw.pool.length} meno carichi con udienze libere ${load}; il seme del giorno, il cui impegno è pubblicato prima dell'inizio della giornata, sarà rivelato dopo, così che chiunque possa ripetere l'estrazione.`
    : `aveva l'indice di assegnazione più basso nella classe, ${fmt(chosen.index)} ${load}.`;
  // Tied: looked at and passed over by the tie-break, or never looked at because a tied one with a better load had room.
  const tied = decision.candidates.filter((c) => c.outcome.startsWith('parita_')).length + decision.notReached.filter(([, , index]) => index === chosen.index).length;
  const reserved = decision.reserve?.after ?? 0;
  const reserve = decision.reserve && !decision.draw ? ` ${explainReserve(model, decision.reserve)}` : '';
  const tie = tied > reserved && !decision.draw ? ` ${explainLean(decision, tied - reserved, chosen, reserved > 0)}` : '';
  const skip = skipped > 0 ? ` ${skipped === 1 ? 'Un candidato con indice pari o inferiore è stato saltato' : `${skipped} candidati con indice pari o inferiore sono stati saltati`} perché senza udienze con posto nel range.` : '';
  return `${base}${draw}${reserve}${tie}${skip}`;
}

function whyDate(decision: AssignmentDecision): string {
  const s = decision.search;
  if (!s || decision.hearingDate === null) return '';
  const term = s.term
    ? ` e rispetta il termine di ${s.term.minDays} giorni liberi (${s.term.source}), contati esclusi il giorno della richiesta e quello dell'udienza: la prima data utile era ${dayWithArticle('il', s.lawfulFrom)}`
    : '';
  const passed = s.saturated + s.blocked + s.suspended;
  const skipped = passed > 0 ? ` Prima di essa, ${passed === 1 ? "un'udienza" : `${passed} udienze`} nel range ${passed === 1 ? 'è stata scartata' : 'sono state scartate'} (${[
    s.saturated > 0 ? `${s.saturated} sature` : '', s.blocked > 0 ? `${s.blocked} per indisponibilità: ${s.blockedReason ?? ''}` : '', s.suspended > 0 ? `${s.suspended} nella sospensione feriale di agosto` : '',
  ].filter(Boolean).join('; ')}).` : '';
  const slot = decision.slot === 'urgent' ? ' Il processo occupa uno dei posti riservati agli urgenti, oltre la disponibilità ordinaria.' : '';
  return ` La prima udienza è fissata ${dayWithArticle('al', decision.hearingDate)}: è la prima udienza non satura nel range di fissazione (${dayWithArticle('dal', s.windowFrom)} ${dayWithArticle('al', s.windowTo)})${term}.${skipped}${slot}`;
}

/** An Italian paragraph a lawyer can read: the weight, why this judge or panel, why this date. */
export function explainDecision(model: EngineModel, request: HearingRequest, decision: AssignmentDecision): string {
  const matter = model.config.subjectMatters.find((m) => m.id === request.subjectMatter)?.name ?? request.subjectMatter;
  const className = model.config.weightClasses.find((c) => c.id === decision.weightClass)?.name ?? decision.weightClass;
  const head = `Il procedimento ${request.id} (${describeRequest(request, decision)}) ha peso ${fmt(decision.weight)} (${describeWeight({ value: decision.weight, parts: decision.weightParts })}) e rientra nella ${className}; il processo è ${decision.collegial ? 'collegiale' : 'monocratico'}.`;
  if (decision.status === 'manual') return `${head} Non è stato assegnato automaticamente: ${decision.manualReason ?? ''} L'ufficio del dibattimento è stato avvisato per l'intervento manuale.`;
  return `${head} ${whyCandidate(model, decision, matter)}${whyDate(decision)}`;
}
