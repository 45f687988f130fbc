import { absenceTypeLabels, absenceTypes, type AbsenceType } from '../domain/absence.ts';
import { requestTypeLabels } from '../domain/giada.ts';
import { giadaProfileForRole, listRequestTypesFor } from '../giada/permissions.ts';
import { allows, refusalFor } from './permissions.ts';
import { reply, say, type FormId, type FormSpec, type Reply } from './reply.ts';
import type { Turn } from './turn.ts';
import { proposeAbsence } from './handlers/absence-declare.ts';
import { giadaOffice, submitGiadaRequest } from './handlers/giada-request.ts';

/** The absence form, pre-filled with what is already known. */
export function absenceForm(turn: Turn, known: { type: AbsenceType | null; from: string | null; to: string | null }): FormSpec {
  const fields: FormSpec['fields'] = [
    { id: 'type', label: 'Tipo di assenza', type: 'select', required: true, options: absenceTypes.map((t) => ({ value: t, label: absenceTypeLabels[t] })), ...(known.type ? { initial: known.type } : {}) },
    { id: 'from', label: 'Dal', type: 'date', required: true, ...(known.from ? { initial: known.from } : {}) },
    { id: 'to', label: 'Al (compreso)', type: 'date', required: true, ...(known.to ? { initial: known.to } : {}) },
    { id: 'note', label: 'Nota (facoltativa)', type: 'text', required: false },
  ];
  if (allows(turn.who, 'act_for_others')) {
    fields.unshift({ id: 'magistrate', label: 'Magistrato', type: 'select', required: true, options: turn.config.magistrates.map((m) => ({ value: m.surname, label: `${m.surname} ${m.name}` })) });
  }
  return { id: 'absence', title: 'Comunica un\'assenza', submitLabel: 'Continua', fields };
}

/** The GIADA first-hearing request form (PM and GIP/GUP profiles). */
export function giadaForm(turn: Turn): FormSpec | string {
  const office = giadaOffice(turn);
  if (typeof office === 'string') return office;
  const types = listRequestTypesFor(giadaProfileForRole(turn.who.role));
  return {
    id: 'giada_request', title: 'Richiesta data prima udienza (GIADA)', submitLabel: 'Invia richiesta',
    fields: [
      { id: 'reference', label: 'Numero del procedimento (R.G.)', type: 'text', required: true, placeholder: 'es. 1234/2026' },
      // Only the types the writer's profile may file: a PM choosing a rinvio a giudizio was refused after filling the form.
      { id: 'type', label: 'Tipo di richiesta', type: 'select', required: true, options: types.map((t) => ({ value: t, label: requestTypeLabels[t] })), ...(types.length === 1 ? { initial: types[0] } : {}) },
      { id: 'subjectMatter', label: 'Materia', type: 'select', required: true, options: office.giada!.subjectMatters.map((s) => ({ value: s.id, label: s.name })) },
      { id: 'free', label: 'Imputati liberi', type: 'number', required: true, initial: '1' },
      { id: 'detained', label: 'Imputati detenuti', type: 'number', required: true, initial: '0' },
      { id: 'charges', label: 'Capi d\'imputazione (codici separati da virgola)', type: 'text', required: true, placeholder: 'es. 640, 416-bis' },
      { id: 'urgent', label: 'Urgente (prescrizione vicina o altra urgenza)', type: 'toggle', required: false, initial: 'false' },
    ],
  };
}

export async function openForm(turn: Turn, formId: FormId): Promise<Reply> {
  if (formId === 'absence') return { ...reply('answer', undefined, { lines: ['Compila il modulo per comunicare l\'assenza.'] }), form: absenceForm(turn, { type: null, from: null, to: null }) };
  if (!allows(turn.who, 'giada_request')) {
    return say('refusal', (await refusalFor(turn.deps.store, turn.deps.clock, turn.who, 'giada_request', 'giada.form'))!);
  }
  const form = giadaForm(turn);
  if (typeof form === 'string') return say('problem', form);
  return { ...reply('answer', undefined, { lines: ['Compila il modulo: ti rispondo con il giudice, la data e la spiegazione.'] }), form };
}

export async function submitForm(turn: Turn, formId: FormId, values: Record<string, string>): Promise<Reply> {
  if (formId === 'absence') {
    const type = (absenceTypes as readonly string[]).includes(values.type ?? '') ? (values.type as AbsenceType) : null;
    if (values.type && !type) return say('problem', `Il tipo di assenza "${values.type}" non esiste: scegli tra ferie, malattia, congedo, formazione o altro.`);
    return proposeAbsence(turn, { magistrate: values.magistrate?.trim() || null, type, from: values.from?.trim() || null, to: values.to?.trim() || null, note: values.note?.trim() ?? '' });
  }
  return submitGiadaRequest(turn, values);
}
