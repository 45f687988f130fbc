import { describe, expect, it } from 'vitest';
import { actingHeadNote } from '../../src/conversation/acting-head-note.ts';
import { headOf, headOnDay } from '../../src/conversation/head-of.ts';
import { describeHeadOnDay } from '../../src/conversation/describe-head.ts';
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
    expect(headOf(office(extra), day, [])).toBe(expected);
  });

  it('says when the one acting is the vicario', () => {
    expect(headOnDay(office({ deputy: true }), '2026-12-11', [])).toEqual({ magistrateId: 'neri-luca', deputy: true });
    expect(headOnDay(office({ deputy: true }), '2026-12-10', [])).toEqual({ magistrateId: 'verdi-anna', deputy: false });
  });

  /** An active (or cancelled) absence of the office, as the store holds it. */
  const away = (magistrateId: string, type: 'ferie' | 'malattia', from: string, to: string, status: 'active' | 'cancelled' = 'active') =>
    ({ magistrateId, type, from, to, status });

  it.each([
    ['the head on ferie, a vicario present', { deputy: true }, [away('verdi-anna', 'ferie', '2026-12-01', '2026-12-05')], '2026-12-03', 'neri-luca'],
    ['the head back from ferie', { deputy: true }, [away('verdi-anna', 'ferie', '2026-12-01', '2026-12-05')], '2026-12-06', 'verdi-anna'],
    ['the head on ferie, no vicario named', {}, [away('verdi-anna', 'ferie', '2026-12-01', '2026-12-05')], '2026-12-03', 'verdi-anna'],
    ['the head ill and the vicario on ferie', { deputy: true }, [away('verdi-anna', 'malattia', '2026-12-01', '2026-12-05'), away('neri-luca', 'ferie', '2026-12-03', '2026-12-04')], '2026-12-03', 'verdi-anna'],
    ['the head on ferie, the vicario no longer in service', { deputy: true, deputyEnd: '2026-12-02' }, [away('verdi-anna', 'ferie', '2026-12-01', '2026-12-05')], '2026-12-03', 'verdi-anna'],
    ['the head\'s ferie cancelled', { deputy: true }, [away('verdi-anna', 'ferie', '2026-12-01', '2026-12-05', 'cancelled')], '2026-12-03', 'verdi-anna'],
    ['someone else on ferie', { deputy: true }, [away('rossi-mario', 'ferie', '2026-12-01', '2026-12-05')], '2026-12-03', 'verdi-anna'],
  ] as const)('%s', (_case, extra, absences, day, expected) => {
    expect(headOf(office(extra), day, absences)).toBe(expected);
  });

  it('says which absence the vicario stands in for', () => {
    expect(headOnDay(office({ deputy: true }), '2026-12-03', [away('verdi-anna', 'ferie', '2026-12-01', '2026-12-05')])).toEqual({
      magistrateId: 'neri-luca', deputy: true, absentHead: { magistrateId: 'verdi-anna', type: 'ferie', from: '2026-12-01', to: '2026-12-05' },
    });
    expect(describeHeadOnDay(office({ deputy: true }), '2026-12-03', [away('verdi-anna', 'ferie', '2026-12-01', '2026-12-05')]))
      .toBe('Capo dell\'ufficio il 3 dicembre 2026: Luca Neri, in funzione di vicario, perché Anna Verdi è in ferie dal 1° al 5 dicembre 2026.');
  });

  it('explains, in Italian, why nobody can act as head and what to update', () => {
    expect(noHeadInService(office({ successor: true }), '2026-12-11')).toBe(
      'Nessun capo dell\'ufficio risulta in servizio l\'11 dicembre 2026 (Anna Verdi ha lasciato l\'ufficio il 10 dicembre 2026; Sara Bianchi prenderà servizio il 14 dicembre 2026) '
      + 'e non è indicato un vicario in servizio: per favore aggiornate la configurazione dell\'ufficio con il nuovo capo dell\'ufficio (date di servizio) o con il magistrato vicario (office.deputyHeadId).',
    );
  });

  it.each([
    ['the vicario for the head on ferie', { deputy: true }, [away('verdi-anna', 'ferie', '2026-12-01', '2026-12-05')], '2026-12-03',
      'Ricevi questo messaggio come vicario: Anna Verdi, capo dell\'ufficio, è in ferie dal 1° al 5 dicembre 2026.'],
    ['the vicario for the head ill one day', { deputy: true }, [away('verdi-anna', 'malattia', '2026-12-03', '2026-12-03')], '2026-12-03',
      'Ricevi questo messaggio come vicario: Anna Verdi, capo dell\'ufficio, è in malattia il 3 dicembre 2026.'],
    ['the vicario with no head in service', { deputy: true, successor: true }, [], '2026-12-11',
      'Ricevi questo messaggio come vicario: nessun capo dell\'ufficio risulta in servizio (Anna Verdi ha lasciato l\'ufficio il 10 dicembre 2026; Sara Bianchi prenderà servizio il 14 dicembre 2026).'],
    ['the head present', { deputy: true }, [away('rossi-mario', 'ferie', '2026-12-01', '2026-12-05')], '2026-12-03', null],
    ['the head on ferie with the vicario away too', { deputy: true }, [away('verdi-anna', 'ferie', '2026-12-01', '2026-12-05'), away('neri-luca', 'ferie', '2026-12-03', '2026-12-03')], '2026-12-03', null],
    ['nobody acting', {}, [], '2026-12-11', null],
  ] as const)('the line for whoever receives the head\'s messages: %s', (_case, extra, absences, day, expected) => {
    expect(actingHeadNote(office(extra), day, absences)).toBe(expected);
  });
});
