import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the misses of blind126-129 at first sight, each said in wordings other than the missed one.
 */
const today = '2026-11-23'; // a Monday
const read = (text: string, on = today) => understand(text, { today: on });

describe('who among the office has put in or sent an absence ("chi dei colleghi ha già messo le ferie?") asks who is absent', () => {
  it.each([
    ['chi dei colleghi ha messo le ferie a dicembre?', 'ferie', '2026-12-01', '2026-12-31'],
    ['chi ha già chiesto il congedo per dicembre?', 'congedo', '2026-12-01', '2026-12-31'],
    ['chi tra i pm ha inviato il certificato medico ieri?', 'malattia', '2026-11-22', '2026-11-22'],
    ['chi ha segnato i giorni di ferie a gennaio?', 'ferie', '2027-01-01', '2027-01-31'],
  ])('%s', (text, absenceType, from, to) => {
    expect(read(text)).toMatchObject({ intent: 'absent_today', absenceType, from, to, magistrate: null });
  });
  it('the writer\'s own certificate sent is still a declaration', () => {
    expect(read('ho mandato il certificato di malattia, domani non vengo')).toMatchObject({ intent: 'absence_declare', from: '2026-11-24' });
  });
});

describe('a duty named first, then whether anyone holds it ("domenica 14 di reperibilità c\'è qualcuno?") asks who is on duty', () => {
  it.each([
    ["sabato di turno c'è qualcuno?", '2026-11-28'],
    ['venerdì 27 in servizio ci sarà un collega?', '2026-11-27'],
    ['di repe a natale ci sono colleghi?', '2026-12-25'],
    ["di turno domani c'è un magistrato?", '2026-11-24'],
  ])('%s', (text, day) => {
    expect(read(text)).toMatchObject({ intent: 'on_duty', from: day, to: day, magistrate: null });
  });
  it('someone looked for to take the duty is a swap', () => {
    expect(read("di repe domenica c'è qualcuno disponibile a scambiare?").intent).toBe('swap');
    expect(read("sabato di turno c'è qualcuno che mi sostituisce?").intent).toBe('swap');
  });
});
