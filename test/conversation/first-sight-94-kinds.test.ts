import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

/**
 * The kinds of the misses of blind94-97 at first sight, each said in wordings other than the missed one.
 */
const today = '2027-01-18'; // a Monday
const read = (text: string, on = today) => understand(text, { today: on });
const slots = (text: string, on = today) => {
  const u = read(text, on);
  return [u.intent, u.from, u.to, u.magistrate];
};

describe('a check that someone covers a day asks the coverage, not the duties', () => {
  it.each([
    ['controlla che sabato ci sia qualcuno di turno', '2027-01-23'],
    ['verifica se domenica c\'è qualcuno di reperibilità', '2027-01-24'],
    ['puoi verificare che ci sia qualcuno in udienza lunedì?', '2027-01-18'],
    ['assicuratevi che il 3 marzo ci sia almeno un collega di turno', '2027-03-03'],
  ])('%s', (text, day) => {
    expect(slots(text)).toEqual(['coverage_status', day, day, null]);
  });

  it('asking who is on duty is still on_duty', () => {
    expect(read('chi ci sarà di turno martedì?').intent).toBe('on_duty');
  });
});

describe('who is at a course or a conference asks who is absent', () => {
  it.each([
    ['chi è al corso di aggiornamento domani?'],
    ['chi sta ai corsi della scuola della magistratura a febbraio?'],
    ['chi va al convegno di Torino venerdì?'],
  ])('%s', (text) => {
    expect(read(text).intent).toBe('absent_today');
  });

  it('being at a course oneself still declares it', () => {
    expect(read('sono al corso domani').intent).toBe('absence_declare');
  });
});

describe('reminders that reached everyone ask the jobs status', () => {
  it.each([
    ['sono arrivate a tutti le notifiche di ieri?'],
    ['ieri sera sono partiti a tutti gli avvisi della reperibilità?'],
    ['sono arrivati ai colleghi i promemoria di lunedì?'],
  ])('%s', (text) => {
    expect(slots(text)).toEqual(['jobs_status', null, null, null]);
  });
});

describe('"il provvisorio" after a verb of preparing is the provisional calendar to generate', () => {
  it.each([
    ['generami il provvisorio di marzo', '2027-03-01', '2027-03-31'],
    ['puoi preparare un provvisorio della reperibilità di aprile?', '2027-04-01', '2027-04-30'],
  ])('%s', (text, from, to) => {
    expect(slots(text)).toEqual(['calendar_generate', from, to, null]);
  });

  it('a provisional calendar already prepared is context of a question on one\'s duties', () => {
    expect(read('ho preparato il provvisorio, domenica sono di turno?').intent).toBe('duties');
  });
});

describe('"corso" before a name is a street: no course, and the name is no colleague', () => {
  it.each([
    ['il bar in Corso Italia è chiuso?'],
    ['c\'è traffico in corso Francia stamattina?'],
    ['sono in corso Vittorio, arrivo tra 10 minuti'],
  ])('%s', (text) => {
    const u = read(text);
    expect([u.intent, u.absenceType, u.magistrate]).toEqual(['unknown', null, null]);
  });

  it.each([
    ['domani sono al corso SSM a Scandicci'],
    ['giovedì sono al corso Formazione'],
  ])('a course named in capitals is still a course: %s', (text) => {
    const u = read(text);
    expect([u.intent, u.absenceType]).toEqual(['absence_declare', 'formazione']);
  });
});

describe('a greeting from an office named after the duties is a greeting', () => {
  it.each([
    ['buonasera dall\'ufficio turni'],
    ['salve dall\'ufficio turni, buon lavoro a tutti'],
  ])('%s', (text) => {
    expect(slots(text)).toEqual(['help', null, null, null]);
  });

  it('a question on one\'s duties that names the office is still about the duties', () => {
    expect(read('l\'ufficio turni mi ha detto che sabato sono di turno?').intent).toBe('duties');
  });
});

describe('"ci sentiamo" before a meeting arranges a talk between colleagues: unknown', () => {
  it.each([
    ['ci sentiamo prima della call'],
    ['ci sentiamo alla pausa caffè'],
    ['ci sentiamo dopo l\'incontro col presidente'],
  ])('%s', (text) => {
    expect(read(text).intent).toBe('unknown');
  });

  it('"ci sentiamo" alone still takes leave of turnario', () => {
    expect(read('ci sentiamo dopo').intent).toBe('help');
  });
});
