import { describe, expect, it } from 'vitest';
import { understand } from '../../src/conversation/understanding/understand.ts';
import type { Intent, Understanding } from '../../src/conversation/understanding/understanding.ts';
import { areForms } from './italian-verb-forms.ts';

/**
 * Kinds of wording from offices and chats the rules lacked (blind44-49), generated where a family can be:
 * the impersonal and passive forms of a segreteria ("si ringrazia", "quali operazioni possono essere
 * richieste"), adverbs around a verb of sending ("sono usciti regolarmente gli avvisi"), who is absent
 * asked of every kind of colleague ("giudici", "sostituti"), and the English loanwords of swapping.
 */
const today = '2026-11-23';
const read = (text: string): Understanding => understand(text, { today });
const misses = (texts: readonly string[], intent: Intent): string[] => texts.flatMap((t) => (read(t).intent === intent ? [] : [`${t} -> ${read(t).intent}`]));

describe('what can be asked here, said impersonally', () => {
  it('every kind of request, every modal, active or passive', () => {
    const texts = ['operazioni', 'richieste', 'funzioni', 'cose'].flatMap((what) => [
      `si chiede quali ${what} possono essere richieste tramite questo canale`,
      `che tipo di ${what} si possono fare qui?`,
      `quali ${what} posso chiedere?`,
      `quali ${what} possono essere effettuate con questo servizio?`,
    ]);
    expect(misses(texts, 'help')).toEqual([]);
  });

  it('thanks in every form of "ringraziare"', () => {
    const forms = areForms('ringraziare').filter((f) => !/(?:are|mela|mele|meli|melo|cela|celo)$/.test(f));
    expect(misses(forms.map((f) => `si ${f} per la cortese collaborazione`), 'help')).toEqual([]);
  });

  it('a newcomer asking what to do', () => {
    expect(misses(['sono nuova, che tipo di richieste si possono fare qui?', 'sono nuovo, come funziona?'], 'help')).toEqual([]);
  });
});

describe('the scheduled jobs', () => {
  it('adverbs before or after the participle', () => {
    const texts = ['regolarmente', 'già', 'correttamente', 'tutti'].flatMap((adverb) => [
      `sono usciti ${adverb} gli avvisi dei turni di domani?`,
      `sono ${adverb} partiti i promemoria?`,
    ]);
    expect(misses(texts, 'jobs_status')).toEqual([]);
  });

  it('the scheduled processes', () => {
    expect(misses(['risultano errori nei processi schedulati di stanotte?', 'i job schedulati sono andati?', 'la schedulazione di stanotte ha funzionato?'], 'jobs_status')).toEqual([]);
  });
});

describe('who is absent, of every kind of colleague', () => {
  it.each(['giudici', 'sostituti', 'colleghi', 'magistrati'])('%s', (people) => {
    expect(misses([
      `oggi ci sono ${people} malati?`,
      `avrei bisogno dell'elenco dei ${people} che saranno in formazione la prossima settimana`,
      `quanti ${people} sono in ferie domani?`,
    ], 'absent_today')).toEqual([]);
  });
});

describe('swapping in English loanwords and asked of anyone', () => {
  it('every form of "switchare" and "swappare"', () => {
    const forms = ['switchare', 'swappare'].flatMap(areForms).filter((f) => !/(?:mela|mele|meli|melo|cela|celo|la|le|li|lo)$/.test(f));
    expect(misses(forms.map((f) => `${f} il turno di sabato con Ferrara`), 'swap')).toEqual([]);
  });

  it('"chi mi prende / copre / tiene …" a duty', () => {
    const texts = ['prende', 'copre', 'tiene', 'sostituisce', 'prenderebbe'].map((v) => `chi mi ${v} gli arrestati il 2 gennaio? ricambio quando volete`);
    expect(misses(texts, 'swap')).toEqual([]);
  });
});

describe('a duty word that only says when', () => {
  it.each(['raga pizza stasera dopo l\'udienza?', 'ci vediamo dopo le ferie', 'caffè dopo l\'udienza?'])('%s asks nothing', (text) => {
    expect(read(text).intent).not.toBe('duties');
  });

  it('the duty asked after a time reference still decides', () => {
    expect(read('dopo le ferie che turni ho?').intent).toBe('duties');
    expect(read('al rientro dalla malattia cosa mi tocca?').intent).toBe('duties');
  });
});

describe('an office informing of a colleague\'s absence', () => {
  const informs = ['Si informa la S.V. che', 'Si comunica che', 'Si segnala che', 'Comunico che', 'La informo che'];
  const states = ['oggi è assente per malattia', 'sarà in ferie dal 3 al 5 dicembre', 'risulta in congedo domani'];
  it('every informing verb and state, with the replacement asked as its consequence', () => {
    const texts = informs.flatMap((inform) => states.map((state) => `${inform} il dott. Colombo ${state}; si prega di provvedere alla sostituzione in udienza.`));
    const wrong = texts.filter((t) => read(t).intent !== 'absence_declare' || read(t).magistrate !== 'colombo');
    expect(wrong).toEqual([]);
  });

  it('a replacement asked alone is still a swap', () => {
    expect(read('chiedo la sostituzione per sabato').intent).toBe('swap');
  });
});

describe('kinds from blind50-53: reminders sent at a time, gaps in a service, who stays home, what one thanks for', () => {
  it('a time between the verb of sending and the reminders', () => {
    const texts = ['stanotte', 'stamattina', 'ieri sera', 'già', 'regolarmente'].flatMap((when) => [
      `sono partiti ${when} i promemoria dei turni ai colleghi?`, `so' partiti ${when} i promemoria?`, `sono usciti ${when} gli avvisi?`,
      `sono arrivati ${when} i promemoria?`, `hanno mandato ${when} gli avvisi?`,
    ]);
    expect(misses(texts, 'jobs_status')).toEqual([]);
  });

  it('"buco" and "buchi" in a service or a period are its coverage', () => {
    const texts = ['direttissime', 'reperibilità', 'convalide', 'udienze'].flatMap((service) => [
      `c'è qualche buco nelle ${service} de dicembre?`, `ci sono buchi nelle ${service} di gennaio?`,
    ]);
    expect(misses(texts, 'coverage_status')).toEqual([]);
  });

  it('how many stay home, in an absence or not, is who is absent', () => {
    const texts = ['in malattia', 'in ferie', 'in congedo', ''].flatMap((why) => ['quanti sono', 'quanti colleghi stanno', 'quante restano', 'quante persone restano'].map((who) => `${who} a casa ${why} questa settimana?`.replace('  ', ' ')));
    expect(misses(texts, 'absent_today')).toEqual([]);
    expect(read('sono a casa in malattia questa settimana').intent).toBe('absence_declare');
  });

  it('what one thanks for is no request', () => {
    const texts = ['il lavoro sul calendario', 'i turni di dicembre', 'la reperibilità di sabato', 'la cortese collaborazione', 'avermi sostituito sabato', 'lo scambio di sabato', 'avermi coperto la repe'].flatMap((what) => [
      `Ringrazio la segreteria per ${what}.`, `grazie a tutti per ${what}`, `si ringrazia per ${what}`,
    ]);
    expect(misses(texts, 'help')).toEqual([]);
    expect(read('grazie, chi è di turno per la reperibilità di sabato?').intent).toBe('on_duty');
  });

  it('"ced" is no verb of ceding, "cedo" is', () => {
    expect(read('qualcuno ha il numero interno del CED?').intent).toBe('unknown');
    expect(read('cedo la repe di sabato a Rossi').intent).toBe('swap');
  });
});

describe('reminders in other words, a service without its colleague', () => {
  it.each(['sono partiti i reminder?', 'i reminder di stanotte sono arrivati?', 'è partita la mail dei turni?', 'la notifica dei turni non mi arriva', 'è arrivato stamattina il promemoria?'])('%s', (text) => {
    expect(read(text).intent).toBe('jobs_status');
  });

  it.each(['manca qualcuno per le direttissime di domenica?', 'mancano colleghi per la reperibilità di Natale?', 'manca qualcuno alle convalide di sabato?'])('%s', (text) => {
    expect(read(text).intent).toBe('coverage_status');
  });
});
