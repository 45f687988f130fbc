import { formatDayIt } from '../domain/format-day-it.ts';
import { requestTypeLabels } from '../domain/giada.ts';
import type { EngineState } from './engine-model.ts';

/**
 * The proceedings waiting for the Dibattimento office's manual intervention (no hearing had room, or no
 * competent judge or panel), oldest request first, as Italian lines: the notice sent when each was
 * decided may have been missed, and nothing else listed them.
 */
export function listManualCases(state: EngineState): string[] {
  const waiting = [...state.cases.values()]
    .filter((c) => c.status === 'manual')
    .sort((a, b) => (a.request.requestedOn < b.request.requestedOn ? -1 : a.request.requestedOn > b.request.requestedOn ? 1 : a.request.id < b.request.id ? -1 : 1));
  if (waiting.length === 0) return ['Nessun processo in attesa di intervento manuale.'];
  return [
    waiting.length === 1 ? 'Un processo in attesa di intervento manuale:' : `${waiting.length} processi in attesa di intervento manuale:`,
    ...waiting.map((c) => {
      const reason = c.manualReason ? ` ${c.manualReason.charAt(0).toUpperCase()}${c.manualReason.slice(1)}` : '';
      return `  ${c.request.id} (${requestTypeLabels[c.request.type]}${c.request.urgent ? ', urgente' : ''}), richiesta del ${formatDayIt(c.request.requestedOn)}.${reason}`;
    }),
    'Fissati a mano giudice o collegio e data, si registrano con "turnario giada backfill --request NUMERO".',
  ];
}
