import { requestTypeLabels, type HearingRequest } from '../domain/giada.ts';
import type { AssignmentDecision, CandidateTrace, ReserveTrace } from './decision.ts';
import { dayWithArticle } from './day-with-article.ts';
import { byGender } from '../domain/gender.ts';
import { candidateGender, describeCandidate, type EngineModel } from './engine-model.ts';

function fmt(n: number): string {
  return String(Math.round(n * 100) / 100).replace('.', ',');
}

/** "citazione diretta a giudizio, urgente, con imputati detenuti". */
function describeRequest(request: HearingRequest, decision: AssignmentDecision): string {
  const flags = [decision.urgent ? 'urgente' : null, decision.detained ? 'con imputati detenuti' : null].filter(Boolean);
  return `${requestTypeLabels[request.type]}${flags.length > 0 ? `, ${flags.join(', ')}` : ''}`;
}

/** "a, b e c". */
function listIt(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} e ${items[items.length - 1]}`;
}

/** The weight's addends in words: "2 per 2 imputati liberi, 2 per 1 imputato detenuto e 2 per 2 imputazioni". */
function describeParts(parts: AssignmentDecision['weightParts']): string {
  return listIt(parts.map((p) => `${fmt(p.points)} per ${p.label}`));
}

const TIE_TAIL = " A parità anche di questo, decidono la prima udienza libera più vicina e infine l'ordine degli identificativi. Ciascuno riceve comunque un processo della classe a ogni giro di rotazione: cambia solo chi riceve quale processo, e quando.";

/** The balancing rule among tied candidates (balance-lean.ts), in sentences a lawyer can follow. */
function explainLean(decision: AssignmentDecision, tied: number, chosen: { load: number; deviation: number }, afterReserve: boolean): string {
  const others = tied === 1 ? 'un altro candidato' : `altri ${tied} candidati`;
  const lean = decision.lean;
  const correction = lean?.correction ?? 0;
  const key = chosen.load + correction * chosen.deviation;
  const opening = afterReserve
    ? `Tra chi restava a parità di indice, ${others} oltre a quello scelto, ha deciso il riequilibrio dei carichi.`
    : `Lo stesso indice lo ${tied === 1 ? 'aveva anche' : 'avevano anche'} ${others}, e tra loro ha deciso il riequilibrio dei carichi.`;
  const rule = ' Il processo va a chi ha il carico di riequilibrio più basso.';
  if (!lean || lean.classMean === null || correction === 0) {
    const why = !lean || lean.classMean === null ? 'È il primo processo della classe' : `Il processo pesa ${fmt(decision.weight)}, quanto la media dei processi della classe`;
    return `${opening}${rule} ${why}, quindi conta solo il carico ponderato complessivo per tempo pieno, su tutte le classi, che per quello scelto era ${fmt(chosen.load)}.${TIE_TAIL}`;
  }
  const heavier = correction > 0;
  return `${opening}${rule} Questo carico è il carico ponderato complessivo per tempo pieno, su tutte le classi, più lo scarto dei processi già ricevuti dalla media delle rispettive classi, moltiplicato per ${fmt(correction)}. `
    + `Il coefficiente ${fmt(correction)} è dato da 5 × (peso − media) / peso. Il processo pesa ${fmt(decision.weight)}, ${heavier ? 'più' : 'meno'} della media dei processi della classe, che è ${fmt(lean.classMean)}. `
    + `Per questo va preferibilmente a chi finora ha ricevuto processi più ${heavier ? 'leggeri' : 'pesanti'} della media, mentre il carico complessivo fa sì che chi è già più carico venga dopo. `
    + `Per quello scelto il carico era ${fmt(chosen.load)}, lo scarto ${fmt(chosen.deviation)} e il carico di riequilibrio ${fmt(key)}.${TIE_TAIL}`;
}

/** The reserve among tied candidates (candidates.ts, countReserve), in sentences a lawyer can follow. */
function explainReserve(model: EngineModel, reserve: ReserveTrace): string {
  const names = reserve.matterIds.map((id) => `«${model.config.subjectMatters.find((m) => m.id === id)?.name ?? id}»`);
  const one = reserve.after === 1;
  const matters = names.length === 1 ? `della materia ${names[0]}, riservata` : `delle materie ${listIt(names)}, riservate`;
  const who = one ? 'Un altro candidato aveva lo stesso indice, ma può ricevere' : `Altri ${reserve.after} candidati avevano lo stesso indice, ma possono ricevere`;
  return `${who} anche i processi ${matters} alla ${one ? 'sua sezione' : 'loro sezione'}. Il processo è andato prima a chi non può riceverli. `
    + 'Quei processi non possono andare ad altri, e lasciare libero nella rotazione chi li può ricevere evita che, quando arrivano, si debba dare a qualcuno un secondo processo della classe prima che tutti ne abbiano avuto uno.';
}

/**
 * Who was passed over for want of a hearing with room, by name, with the index that would otherwise have
 * given them the case and what the search found ("… non aveva nessuna udienza con posto nel range: delle 30
 * esaminate, 30 in giorni di indisponibilità (Antonio Grasso in congedo)"): up to three, then how many more.
 */
function explainSkipped(model: EngineModel, passed: readonly CandidateTrace[]): string {
  const shown = passed.slice(0, 3).map((c) => {
    const who = describeCandidate(model, c);
    const Who = `${who.charAt(0).toUpperCase()}${who.slice(1)}`;
    return byGender(candidateGender(model, c), {
      F: `${Who}, con indice ${fmt(c.index)}, è stata saltata perché non aveva ${c.reason}.`,
      M: `${Who}, con indice ${fmt(c.index)}, è stato saltato perché non aveva ${c.reason}.`,
      unknown: `${Who}, con indice ${fmt(c.index)}, non aveva ${c.reason}: si è passati oltre.`,
    });
  });
  const more = passed.length - shown.length;
  return [...shown, ...(more > 0 ? [`${more === 1 ? 'Un altro candidato è stato saltato' : `Altri ${more} candidati sono stati saltati`} per lo stesso motivo.`] : [])].join(' ');
}

/**
 * The chosen judge's percentage in the sections of a restricted matter, when below 100 (section-share.ts): "Il giudice
 * … è assegnato alla II sezione penale al 50%: in questa materia la sua capacità conta per il 50%, …". Nothing otherwise.
 */
function explainSectionShare(model: EngineModel, chosen: CandidateTrace, matterSections: readonly string[]): string {
  const percent = chosen.sectionPercent;
  if (percent === undefined || percent >= 100 || chosen.kind !== 'judge') return '';
  const judge = model.config.judges.find((j) => j.magistrateId === chosen.id);
  const places = (judge?.sections ?? [])
    .filter((s) => s.percent > 0 && matterSections.includes(s.sectionId))
    .map((s) => ({ name: model.config.sections.find((x) => x.id === s.sectionId)?.name ?? s.sectionId, percent: fmt(s.percent) }));
  const who = describeCandidate(model, chosen);
  const Who = `${who.charAt(0).toUpperCase()}${who.slice(1)}`;
  const to = listIt(places.map((p) => `alla ${p.name} al ${p.percent}%`));
  const assigned = byGender(candidateGender(model, chosen), {
    F: `${Who} è assegnata ${to}`,
    M: `${Who} è assegnato ${to}`,
    unknown: `La quota di ${who} è ${listIt(places.map((p) => `del ${p.percent}% nella ${p.name}`))}`,
  });
  return ` ${assigned}: in questa materia la sua capacità conta per il ${fmt((chosen.capacity * percent) / 100)}%, e su questa è calcolato l'indice.`;
}

function whyCandidate(model: EngineModel, decision: AssignmentDecision, matter: string, matterSections: readonly string[]): string {
  const chosen = decision.candidates.find((c) => c.outcome === 'scelto');
  if (!chosen) return '';
  const who = describeCandidate(model, chosen);
  const pool = decision.candidates.length + decision.notReached.length;
  const noun = decision.kind === 'judge' ? (pool === 1 ? 'giudice competente' : 'giudici competenti') : pool === 1 ? 'collegio competente' : 'collegi competenti';
  const passed = decision.candidates.filter((c) => c.outcome === 'senza_udienze');
  const skipped = passed.length;
  const lowerSkipped = passed.some((c) => c.index < chosen.index - 1e-9);
  const gender = candidateGender(model, chosen);
  // The only one: "La giudice …, l'unica giudice competente …"; a judge whose gender is not declared is named without article or agreement.
  const only = byGender(gender, {
    F: `${who.charAt(0).toUpperCase()}${who.slice(1)}, l'unica ${noun} per la materia «${matter}», `,
    M: `${who.charAt(0).toUpperCase()}${who.slice(1)}, l'unico ${noun} per la materia «${matter}», `,
    unknown: `Per la materia «${matter}» c'è un solo ${noun}, ${who}, che `,
  });
  const base = pool === 1 ? only : `Tra i ${pool} ${noun} per la materia «${matter}», ${who} `;
  const ofMatter = chosen.sectionPercent === undefined ? '' : ' in questa materia';
  const load = `Aveva ricevuto ${fmt(chosen.received)} ${chosen.received === 1 ? 'processo' : 'processi'} della classe${ofMatter}, con una capacità del ${fmt(chosen.capacity)}%.${explainSectionShare(model, chosen, matterSections)}`;
  const draw = decision.draw
    ? `${byGender(gender, { F: 'è stata estratta', M: 'è stato estratto', unknown: 'è il nome estratto' })} a sorte tra i ${decision.draw.pool.length} meno carichi con udienze libere. ${load} Il seme del giorno, il cui impegno è pubblicato prima dell'inizio della giornata, sarà rivelato dopo, così che chiunque possa ripetere l'estrazione.`
    : `aveva l'indice di assegnazione più basso nella classe${lowerSkipped ? ' tra chi aveva udienze libere nel range' : ''}, pari a ${fmt(chosen.index)}. ${load}`;
  // Tied: looked at and passed over by the tie-break, or never looked at because a tied one with a better load had room.
  const tied = decision.candidates.filter((c) => c.outcome.startsWith('parita_')).length + decision.notReached.filter(([, , index]) => index === chosen.index).length;
  const reserved = decision.reserve?.after ?? 0;
  const reserve = decision.reserve && !decision.draw ? ` ${explainReserve(model, decision.reserve)}` : '';
  const tie = tied > reserved && !decision.draw ? ` ${explainLean(decision, tied - reserved, chosen, reserved > 0)}` : '';
  const skip = skipped > 0 ? ` ${explainSkipped(model, passed)}` : '';
  const left = decision.excluded.map((id) => describeCandidate(model, { kind: decision.kind, id }));
  const excluded = left.length === 0 ? ''
    : left.length === 1 ? ` Non era tra i candidati ${left[0]}, ${byGender(candidateGender(model, { kind: decision.kind, id: decision.excluded[0]! }), { F: 'che si è astenuta o da cui il processo è stato riassegnato', M: 'che si è astenuto o da cui il processo è stato riassegnato', unknown: "per un'astensione o una riassegnazione" })}.`
      : ` Non erano tra i candidati ${left.slice(0, -1).join(', ')} e ${left[left.length - 1]}, per astensioni o riassegnazioni.`;
  return `${base}${draw}${reserve}${tie}${skip}${excluded}`;
}

function whyDate(decision: AssignmentDecision): string {
  const s = decision.search;
  if (!s || decision.hearingDate === null) return '';
  const term = s.term
    ? `, e rispetta il termine di ${s.term.minDays} giorni liberi (${s.term.source}), contati esclusi il giorno della richiesta e quello dell'udienza. La prima data utile era ${dayWithArticle('il', s.lawfulFrom)}`
    : '';
  const passed = s.saturated + s.blocked + s.suspended;
  const reasons = [
    { count: s.saturated, why: `perché ${s.saturated === 1 ? 'satura' : 'sature'}` },
    { count: s.blocked, why: `per indisponibilità${s.blockedReason ? ` (${s.blockedReason})` : ''}` },
    { count: s.suspended, why: 'nella sospensione feriale di agosto' },
  ].filter((r) => r.count > 0);
  // One reason for all: said at once; several: each with its count.
  const why = reasons.length === 1 ? ` ${reasons[0]!.why}` : `: ${listIt(reasons.map((r) => `${r.count} ${r.why}`))}`;
  const skipped = passed > 0 ? ` Prima di essa ${passed === 1 ? "è stata scartata un'udienza" : `sono state scartate ${passed} udienze`} del range${why}.` : '';
  const slot = decision.slot === 'urgent' ? ' Il processo occupa uno dei posti riservati agli urgenti, oltre la disponibilità ordinaria.' : '';
  return ` La prima udienza è fissata ${dayWithArticle('al', decision.hearingDate)}. È la prima udienza non satura nel range di fissazione, che va ${dayWithArticle('dal', s.windowFrom)} ${dayWithArticle('al', s.windowTo)}${term}.${skipped}${slot}`;
}

/**
 * An Italian paragraph a lawyer can read: the weight, why this judge or panel, why this date. Short sentences, at most
 * one colon each and no parentheses inside parentheses: every figure of the decision is said once, in order.
 */
export function explainDecision(model: EngineModel, request: HearingRequest, decision: AssignmentDecision): string {
  const subjectMatter = model.config.subjectMatters.find((m) => m.id === request.subjectMatter);
  const matter = subjectMatter?.name ?? request.subjectMatter;
  const className = model.config.weightClasses.find((c) => c.id === decision.weightClass)?.name ?? decision.weightClass;
  const parts = decision.weightParts.length > 0 ? `, così composto: ${describeParts(decision.weightParts)}` : '';
  const head = `Il procedimento ${request.id} (${describeRequest(request, decision)}) ha peso ${fmt(decision.weight)}${parts}. Rientra nella ${className} ed è un processo ${decision.collegial ? 'collegiale' : 'monocratico'}.`;
  if (decision.status === 'manual') return `${head} Non è stato assegnato automaticamente: ${decision.manualReason ?? ''} L'ufficio del dibattimento è stato avvisato per l'intervento manuale.`;
  return `${head} ${whyCandidate(model, decision, matter, subjectMatter?.sectionIds ?? [])}${whyDate(decision)}`;
}

