import type { DeepReadonly } from '../../domain/deep-readonly.ts';
import { requestTypes, type HearingRequest, type RequestType } from '../../domain/giada.ts';
import type { OfficeConfig } from '../../domain/office-config.ts';
import { formatWeekdayDayIt } from '../../domain/format-day-it.ts';
import { giadaEngineOf } from '../giada-engine-of.ts';
import { giadaProfileForRole } from '../../giada/permissions.ts';
import { describeBadRegisterNumber, isRegisterNumber } from '../../giada/register-number.ts';
import { refusalFor } from '../permissions.ts';
import { personNameIn } from '../format-duty.ts';
import { reply, say, type Reply } from '../reply.ts';
import type { Turn } from '../turn.ts';

/** The Tribunale whose GIADA takes the writer's requests: their own office, or the only one configured. */
export function giadaOffice(turn: Turn): DeepReadonly<OfficeConfig> | string {
  if (turn.config.giada) return turn.config;
  const tribunals = Object.values(turn.deps.store.snapshot().offices).filter((o) => o.giada);
  if (tribunals.length === 1) return tribunals[0]!;
  return tribunals.length === 0
    ? 'Nessun Tribunale ha ancora configurato GIADA: la richiesta di data non si può fare da qui.'
    : 'Sono configurati più Tribunali: la richiesta va fatta dalla console del Tribunale competente ("turnario giada request --office ...").';
}

function count(value: string | undefined, label: string): number | string {
  const n = Number((value ?? '').trim());
  return Number.isInteger(n) && n >= 0 && n <= 500 ? n : `Il campo "${label}" deve essere un numero intero da 0 in su (trovato "${value ?? ''}").`;
}

/**
 * Builds the request from the form's values, or says what is wrong with them. It has no date: the engine
 * dates it on the day it files it (`requestToday`), whatever the submission holds.
 */
function requestFrom(turn: Turn, office: DeepReadonly<OfficeConfig>, values: Record<string, string>): Omit<HearingRequest, 'requestedOn'> | string {
  const reference = (values.reference ?? '').trim();
  if (!reference) return 'Indica il numero del procedimento (R.G.).';
  // The ledger keeps it for good: a number and its year ("1234/2026", "n. 1234/26 R.G.N.R."), never a slip like "abc" or "1234".
  if (!isRegisterNumber(reference)) return describeBadRegisterNumber(reference);
  if (!(requestTypes as readonly string[]).includes(values.type ?? '')) return 'Scegli il tipo di richiesta: citazione diretta, rinvio a giudizio, giudizio immediato od opposizione a decreto penale.';
  if (!office.giada!.subjectMatters.some((s) => s.id === values.subjectMatter)) return 'Scegli una materia tra quelle del Tribunale.';
  const free = count(values.free, 'Imputati liberi');
  if (typeof free === 'string') return free;
  const detained = count(values.detained, 'Imputati detenuti');
  if (typeof detained === 'string') return detained;
  if (free + detained === 0) return 'Serve almeno un imputato, libero o detenuto.';
  const charges = (values.charges ?? '').split(/[,;]/).map((c) => c.trim()).filter((c) => c !== '');
  if (charges.length === 0) return 'Indica almeno un capo d\'imputazione.';
  return {
    id: reference,
    type: values.type as RequestType,
    defendants: [...Array.from({ length: free }, () => ({ detained: false })), ...Array.from({ length: detained }, () => ({ detained: true }))],
    charges: charges.map((code) => ({ code })),
    subjectMatter: values.subjectMatter!,
    urgent: values.urgent === 'true' || values.urgent === 'on',
    requestedBy: { profile: giadaProfileForRole(turn.who.role), userId: turn.who.personId },
  };
}

/** A GIADA first-hearing request from the form: the judge or panel, the date and why. */
export async function submitGiadaRequest(turn: Turn, values: Record<string, string>): Promise<Reply> {
  const refusal = await refusalFor(turn.deps.store, turn.deps.clock, turn.who, 'giada_request', 'giada.request');
  if (refusal) return say('refusal', refusal);
  const office = giadaOffice(turn);
  if (typeof office === 'string') return say('problem', office);
  const request = requestFrom(turn, office, values);
  if (typeof request === 'string') return say('problem', `Richiesta non inviata: ${request}`);
  const engine = await giadaEngineOf(turn, office);
  if (typeof engine === 'string') return say('problem', engine);
  const outcome = await engine.requestToday(request);
  if (!outcome.ok) return say('problem', outcome.message);
  const a = outcome.assignment;
  if (!a || a.status === 'manual' || !a.hearingDate) {
    return reply('done', 'Richiesta registrata: serve un intervento manuale', { lines: [outcome.message || 'Nessun giudice competente ha udienze libere nella finestra: l\'ufficio del dibattimento fisserà la data.'] });
  }
  const judge = a.judgeId ? personNameIn(office, a.judgeId) : office.giada!.panels.find((p) => p.id === a.panelId)?.name ?? a.panelId ?? '';
  return reply('done', 'Prima udienza fissata', { lines: [`${a.judgeId ? 'Giudice' : 'Collegio'}: ${judge}`, `Data: ${formatWeekdayDayIt(a.hearingDate)}`, `Classe di peso: ${a.weightClass} (peso ${a.weight})`] }, { heading: 'Perché', lines: [a.explanation] });
}
