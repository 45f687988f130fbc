import { describe, expect, it } from 'vitest';
import { headOf, headOnDay } from '../../src/conversation/head-of.ts';
import { noHeadInService } from '../../src/conversation/no-head-notice.ts';
import { parseOfficeConfig } from '../../src/domain/parse-office-config.ts';
import type { OfficeConfig } from '../../src/domain/office-config.ts';

/** A Procura whose head, Anna Verdi, leaves on 10 December 2026; each case adds what it needs. */
function office(extra: { successor?: boolean; deputy?: boolean; deputyEnd?: string } = {}): OfficeConfig {
  const parsed = parseOfficeConfig({
    office: { id: 'procura-test', name: 'Procura di Test', kind: 'procura', city: 'Napoli', patronSaintDay: '09-19', districtSize: 600,
      ...(extra.deputy ? { deputyHeadId: 'neri-luca' } : {}) },
    magistrates: [
      { id: 'verdi-anna', surname: 'Verdi', name: 'Anna', role: 'procuratore', serviceEnd: '2026-12-10' },
      { id: 'neri-luca', surname: 'Neri', name: 'Luca', role: 'procuratore_aggiunto', ...(extra.deputyEnd ? { serviceEnd: extra.deputyEnd } : {}) },
      { id: 'rossi-mario', surname: 'Rossi', name: 'Mario', role: 'sostituto' },
      ...(extra.successor ? [{ id: 'bianchi-sara', surname: 'Bianchi', name: 'Sara', role: 'procuratore', serviceStart: '2026-12-14' }] : []),
    ],
  });
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.value;
}

describe('headOf: who acts as head of office on a day', () => {
  it.each([
    ['the head\'s last day of service', {}, '2026-12-10', 'verdi-anna'],
    ['the day after the head\'s last day, no successor nor vicario', {}, '2026-12-11', null],
    ['between the old head\'s last day and the successor\'s first', { successor: true }, '2026-12-12', null],
    ['the successor\'s first day', { successor: true }, '2026-12-14', 'bianchi-sara'],
    ['the head\'s last day, with a vicario', { deputy: true }, '2026-12-10', 'verdi-anna'],
    ['the day after, with a vicario', { deputy: true }, '2026-12-11', 'neri-luca'],
    ['the successor in service, with a vicario too', { successor: true, deputy: true }, '2026-12-14', 'bianchi-sara'],
    ['a vicario who has left as well', { deputy: true, deputyEnd: '2026-12-10' }, '2026-12-11', null],
  ] as const)('%s', (_case, extra, day, expected) => {
    expect(headOf(office(extra), day)).toBe(expected);
  });

  it('says when the one acting is the vicario', () => {
    expect(headOnDay(office({ deputy: true }), '2026-12-11')).toEqual({ magistrateId: 'neri-luca', deputy: true });
    expect(headOnDay(office({ deputy: true }), '2026-12-10')).toEqual({ magistrateId: 'verdi-anna', deputy: false });
  });

  it('explains, in Italian, why nobody can act as head and what to update', () => {
    expect(noHeadInService(office({ successor: true }), '2026-12-11')).toBe(
      'Nessun capo dell\'ufficio risulta in servizio l\'11 dicembre 2026 (Anna Verdi ha lasciato l\'ufficio il 10 dicembre 2026; Sara Bianchi prenderà servizio il 14 dicembre 2026) '
      + 'e non è indicato un vicario in servizio: per favore aggiornate la configurazione dell\'ufficio con il nuovo capo dell\'ufficio (date di servizio) o con il magistrato vicario (office.deputyHeadId).',
    );
  });
});
