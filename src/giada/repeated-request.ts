import { formatWeekdayDayIt } from '../domain/format-day-it.ts';
import { describeCandidate, type EngineState } from './engine-model.ts';
import { registerNumberOf, registerOf } from './register-number.ts';

/**
 * Why a request for a proceeding the ledger already holds is refused, or null: `storedIds` are the ids that are the
 * same proceeding, however written ("77/2026" and "n. 77/26 R.G.N.R."). A cancelled one may be requested again (a new
 * decree); any other keeps its outcome until the Dibattimento office changes it, and the refusal says which it is.
 */
export function refuseRepeatedRequest(state: EngineState, written: string, storedIds: readonly string[]): string | null {
  const earlier = storedIds.map((id) => ({ id, entry: state.cases.get(id) })).find((e) => e.entry !== undefined && e.entry.status !== 'cancelled');
  if (!earlier?.entry) return null;
  const { id, entry } = earlier;
  const as = id === written ? '' : ` (registrato come «${id}»)`;
  if (entry.status === 'joined') {
    return `Il processo ${written}${as} è stato riunito ad altro processo e non è più attivo: la data è quella del processo a cui è stato riunito.`;
  }
  if (entry.status === 'manual') {
    return `Il procedimento ${written}${as} è già nel registro GIADA, in attesa di intervento manuale: giudice o collegio e data li fissa a mano l'ufficio del dibattimento. Una seconda richiesta non è stata registrata.`;
  }
  const candidate = entry.candidate >= 0 ? state.model.candidates[entry.candidate] : undefined;
  const who = candidate ? ` ${describeCandidate(state.model, candidate, 'a')}` : '';
  const day = entry.hearingDate ? `, con prima udienza ${formatWeekdayDayIt(entry.hearingDate)}` : '';
  const otherRegister = registerOf(id) !== '' && registerOf(written) === ''
    ? ` Se invece si tratta di un procedimento di un altro registro, indica il registro accanto al numero (per esempio «${registerNumberOf(written)} R.G. Trib.»).`
    : '';
  return `Il procedimento ${written}${as} è già stato assegnato${who}${day}: questa seconda richiesta non è stata registrata. Per cambiare giudice o data serve una riassegnazione, che dispone l'ufficio del dibattimento.${otherRegister}`;
}
