import type { CivilDay } from '../src/domain/civil-day.ts';
import type { DeepReadonly } from '../src/domain/deep-readonly.ts';
import type { OfficeConfig } from '../src/domain/office-config.ts';
import { noHeadInService, noHeadRecipient } from '../src/conversation/no-head-notice.ts';
import type { Performed } from './due-item.ts';

/**
 * A message meant for the head when nobody acts as head on `today`: the segreteria (or the office channel) hears it,
 * with why nobody can act and what to fix (`noHeadInService`); with no one to tell, nothing is sent. `subject` opens the
 * run log's line ("manca il calendario di gennaio 2027").
 */
export function tellSegreteria(config: DeepReadonly<OfficeConfig>, today: CivilDay, text: string, subject: string): Performed {
  const clerk = noHeadRecipient(config);
  if (!clerk) return { kind: 'skip', detail: `${subject}: nessun capo dell'ufficio è in servizio e non c'è una segreteria a cui dirlo` };
  return { kind: 'send', notification: { to: clerk, text: `${text}\n\n${noHeadInService(config, today)}` }, detail: `${subject}: nessun capo dell'ufficio in servizio, avvisata la segreteria` };
}
