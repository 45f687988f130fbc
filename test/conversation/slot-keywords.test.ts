import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/conversation/understanding/normalize-text.ts';
import { findAbsenceType } from '../../src/conversation/understanding/slot-keywords.ts';
import { understand } from '../../src/conversation/understanding/understand.ts';

const typeOf = (text: string) => findAbsenceType(normalizeText(text).text)?.value ?? null;

describe('the absence type', () => {
  it.each([
    // A type named decides over signs of another.
    ['oggi ho il bambino con la febbre, prendo congedo', 'congedo'],
    ['ho la febbre, metto un giorno di ferie', 'ferie'],
    // Signs decide when no type is named.
    ['ho la febbre a 39', 'malattia'],
    ['per un impegno familiare non ci sarò venerdì', 'altro'],
    ['domani ho il funerale di mio zio', 'altro'],
    // A relative who is ill is a congedo, not the writer's illness.
    ['mio figlio ha la febbre, domani resto a casa', 'congedo'],
    ['sarò in congedo per malattia del figlio', 'congedo'],
    ['sono malato da ieri', 'malattia'],
  ])('"%s" is %s', (text, type) => {
    expect(typeOf(text)).toBe(type);
  });

  it('asking who is absent, several types named is every type', () => {
    expect(understand('un quadro di chi sarà assente a dicembre, ferie e malattie comprese?', { today: '2026-11-23' }).absenceType).toBeNull();
    expect(understand('chi è in ferie a dicembre?', { today: '2026-11-23' }).absenceType).toBe('ferie');
  });
});
