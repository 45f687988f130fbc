import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { Magistrate } from '../domain/magistrate.ts';
import { normalizeName } from '../use-cases/resolve-magistrate.ts';
import { capitalizeSurname } from './understanding/index.ts';
import type { Turn } from './turn.ts';

export type Colleague = { ok: true; magistrate: DeepReadonly<Magistrate> } | { ok: false; message: string };

/**
 * Surname particles that are articles too ("La Rosa", "Lo Presti", "Li Causi"): opening a message or in lower case ("la rosa è di
 * turno sabato?") the understanding reads the particle as an article and keeps the word after it ("rosa"), since it does not know
 * the office's names. When no surname matches, such a surname ending in the written word is the colleague meant.
 */
const ARTICLE_PARTICLES = new Set(['la', 'lo', 'li']);
function articleDropped(surname: string, wanted: string): boolean {
  const [particle, ...rest] = normalizeName(surname).split(' ');
  return particle !== undefined && ARTICLE_PARTICLES.has(particle) && rest.join(' ') === wanted;
}

/**
 * A colleague named in chat ("russo", "de luca", "anna de luca"), looked up in the writer's office.
 * Colleagues also call each other by first name ("con Valeria"): a first name unique in the office is
 * accepted too — the reply always names the colleague in full, so a wrong guess shows before anything happens.
 * A surname with an article particle read without it ("rosa" for La Rosa) is accepted like a first name.
 */
export function resolveColleague(turn: Turn, written: string): Colleague {
  const wanted = normalizeName(written);
  const bySurname = turn.config.magistrates.filter((m) =>
    [m.surname, `${m.name} ${m.surname}`, `${m.surname} ${m.name}`].some((c) => normalizeName(c) === wanted));
  const matches = bySurname.length > 0 ? bySurname : turn.config.magistrates.filter((m) => normalizeName(m.name) === wanted || articleDropped(m.surname, wanted));
  if (matches.length === 1) return { ok: true, magistrate: matches[0]! };
  if (matches.length > 1) {
    const names = matches.map((m) => `${m.name} ${m.surname}`).join(', ');
    return { ok: false, message: `Nel tuo ufficio ci sono più colleghi con il cognome "${capitalizeSurname(written)}": ${names}. Scrivi anche il nome, per favore.` };
  }
  return { ok: false, message: `Non trovo nessun magistrato "${capitalizeSurname(written)}" nel tuo ufficio. Controlla il cognome e riprova.` };
}

/** Whose duties a question is about: the colleague named when it is not the writer, else the writer (colleague null). */
export type AskedAbout = { ok: true; personId: string; colleague: string | null } | { ok: false; message: string };

export function askedAbout(turn: Turn, named: string | null): AskedAbout {
  if (!named) return { ok: true, personId: turn.who.personId, colleague: null };
  const found = resolveColleague(turn, named);
  if (!found.ok) return found;
  if (found.magistrate.id === turn.who.personId) return { ok: true, personId: turn.who.personId, colleague: null };
  return { ok: true, personId: found.magistrate.id, colleague: `${found.magistrate.name} ${found.magistrate.surname}` };
}
