import { describe, expect, it } from 'vitest';
import { withoutTrailers } from '../../src/conversation/understanding/message-trailers.ts';
import { understand } from '../../src/conversation/understanding/understand.ts';
import type { Understanding } from '../../src/conversation/understanding/understanding.ts';

/**
 * What a phone or an e-mail adds around a message: the device footer and the writer's signature after a
 * closing are no colleague and no request.
 */
const today = '2026-11-23';
const read = (text: string): Understanding => understand(text, { today });

describe('device footers', () => {
  const footers = ['Inviato da iPhone', 'Inviato dal mio iPhone', 'Inviato dal mio smartphone Samsung Galaxy', 'Sent from my iPad',
    'Inviato da Outlook per Android', 'Get Outlook for iOS', 'Inviato tramite app Teams', 'Inviata dal mio cellulare'];

  it.each(footers)('"%s" is dropped whatever the message', (footer) => {
    expect(withoutTrailers(`sono in ferie il 3. ${footer}`).trim()).toBe('sono in ferie il 3.');
    const asked = read(`quali sono i miei turni di dicembre? ${footer}`);
    expect([asked.intent, asked.from, asked.to, asked.magistrate]).toEqual(['duties', '2026-12-01', '2026-12-31', null]);
    const declared = read(`dal 9 al 10 dicembre sono in ferie, lo segnalo per i turni. ${footer}`);
    expect([declared.intent, declared.from, declared.magistrate]).toEqual(['absence_declare', '2026-12-09', null]);
  });

  it('a sentence that goes on after a device is no footer', () => {
    const u = read("il certificato l'ho inviato tramite posta, ferie da domani a venerdì");
    expect([u.intent, u.from, u.to]).toEqual(['absence_declare', '2026-11-24', '2026-11-27']);
    expect(read('ho inviato dal telefono la richiesta, sono in ferie il 3').from).toBe('2026-12-03');
  });

  it('asking for the feed on a phone is still the feed', () => {
    expect(read('come metto i turni sul calendario del mio iPhone?').intent).toBe('calendar_feed');
  });
});

describe('signatures after a closing', () => {
  it.each([
    'Cordiali saluti, Chiara Bosio', 'Distinti saluti. Il Procuratore', 'Un saluto, dott.ssa Gallo', 'Cordialmente, De Luca', 'Saluti, Bosio', 'Un caro saluto, Marco Rossi',
  ])('"%s" signs the message: the writer, not the colleague', (closing) => {
    const u = read(`Buongiorno, comunico che dal 30 novembre al 4 dicembre parteciperò a un corso. ${closing}`);
    expect([u.intent, u.absenceType, u.magistrate]).toEqual(['absence_declare', 'formazione', null]);
  });

  it('a colleague named before the closing stays, and a lower-case word after it is no signature', () => {
    expect(read('scambio la repe di sabato con Rossi, saluti a tutti').magistrate).toBe('rossi');
    expect(read('Si comunica che la dott.ssa Gallo sarà in congedo dal 15 al 19 febbraio. Cordiali saluti, Segreteria').magistrate).toBe('gallo');
    expect(withoutTrailers('grazie, saluti a tutti')).toBe('grazie, saluti a tutti');
    expect(read('mi copri la repe di sabato? a presto Rossi').magistrate).toBe('rossi');
  });
});

describe('the prefixes of a mail\'s subject', () => {
  it.each(['Fwd:', 'Re:', 'R: Re:', 'I:', 'Oggetto:'])('"%s" names no one and asks nothing', (prefix) => {
    const u = read(`${prefix} richiesta cambio turno di sabato`);
    expect([u.intent, u.from, u.magistrate]).toEqual(['swap', '2026-11-28', null]);
  });
});

describe('pasted e-mails: the header of a quoted message, a signature block', () => {
  it.each([
    'ferie dal 3 al 5 dicembre. Da: Gallo Maria Inviato: lunedì 23 novembre 2026 10:12',
    'ferie dal 3 al 5 dicembre. From: Gallo Maria Sent: Monday, November 23, 2026 10:12',
    'ferie dal 3 al 5 dicembre. -- Mario Rossi, Procura di Torino, tel. 011 1234567',
    'ferie dal 3 al 5 dicembre. Mario Rossi | Sostituto Procuratore | Procura della Repubblica di Torino',
    'ferie dal 3 al 5 dicembre. Cordiali saluti, Mario Rossi, Procura di Torino',
  ])('%s', (text) => {
    const u = read(text);
    expect([u.intent, u.from, u.to, u.magistrate]).toEqual(['absence_declare', '2026-12-03', '2026-12-05', null]);
  });

  it('a name and an office at the start are no signature block, nor a colleague after "con" with an office', () => {
    expect(read('Mario Rossi, Procura di Torino: ferie dal 3 al 5').from).toBe('2026-12-03');
    expect(read('scambio la repe di sabato con Rossi - Procura').magistrate).toBe('rossi');
  });
});
