import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';

const TODAY = '2026-11-24'; // a Tuesday

describe('understanding: fairness questions', () => {
  it.each([
    ["com'è la mia equità?", 'fairness'],
    ['quanto carico ho rispetto agli altri?', 'fairness'],
    ['sono in linea con il mio obiettivo?', 'fairness'],
    ['ho più turni rispetto agli altri colleghi?', 'fairness'],
    ['sono trattato equamente?', 'fairness'],
    ['quanti fascicoli mi sono stati assegnati?', 'fairness'],
    ['quanti processi ho ricevuto?', 'fairness'],
    ['il mio carico GIADA', 'fairness'],
    ['equità del calendario', 'fairness_office'],
    ["com'è l'equità dell'ufficio?", 'fairness_office'],
    ['come sono distribuiti i procedimenti?', 'fairness_office'],
    ['i carichi di tutti i colleghi', 'fairness_office'],
  ])('%s is %s, every slot null', (text, intent) => {
    expect(understand(text, { today: TODAY })).toEqual({ intent, from: null, to: null, service: null, absenceType: null, magistrate: null });
  });

  it.each([
    // "a mio carico" says whose hearings they are; taking charge of a duty is no load question; GIADA alone is a request
    ['vorrei sapere se la prossima settimana sono previste udienze a mio carico', 'duties'],
    ['mi faccio carico io della reperibilità di sabato', 'duties'],
    ['devo chiedere la data della prima udienza su GIADA', 'giada_request'],
    ['perché a me?', 'duty_explain'],
  ])('%s stays %s', (text, intent) => {
    expect(understand(text, { today: TODAY }).intent).toBe(intent);
  });
});
