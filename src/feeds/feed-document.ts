import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { StoreState } from '../domain/store-state.ts';
import { buildIcal } from './build-ical.ts';
import { feedEvents } from './feed-events.ts';
import type { FeedOwner } from './feed-tokens.ts';

export interface FeedDocument {
  /** The calendar's name shown by clients. */
  name: string;
  /** A file name for downloads (`turni-rossi-mario.ics`). */
  fileName: string;
  ics: string;
  events: number;
}

/** The iCal document of a magistrate's or an office's published duties, or null for an unknown owner. */
export function feedDocument(state: DeepReadonly<StoreState>, owner: FeedOwner, now: Date): FeedDocument | null {
  const office = state.offices[owner.officeId];
  if (!office) return null;
  const who = owner.magistrateId ? office.magistrates.find((m) => m.id === owner.magistrateId) : undefined;
  if (owner.magistrateId && !who) return null;
  const name = who ? `Turni di ${who.surname} ${who.name} – ${office.office.name}` : `Turni – ${office.office.name}`;
  const events = feedEvents(state, owner);
  return { name, fileName: `turni-${owner.magistrateId ?? owner.officeId}.ics`, ics: buildIcal({ name, events, now }), events: events.length };
}
