import type { NationalHolidays } from '../availability/national-holidays.ts';
import type { CivilDay } from '../domain/civil-day.ts';
import type { DeepReadonly } from '../domain/deep-readonly.ts';
import type { OfficeConfig } from '../domain/office-config.ts';
import type { GiadaEngine } from '../giada/engine.ts';
import type { Clock, Notifier, Store } from '../ports.ts';
import type { Identity } from './identity.ts';

/** What the conversation core needs from the outside: the three ports, and a few hooks. */
export interface ConversationDeps {
  store: Store;
  clock: Clock;
  notifier: Notifier;
  holidays?: NationalHolidays;
  /**
   * Runs slow work (generating a calendar) off the request path; its result is announced through the
   * notifier. Default: a detached promise, awaited by `Conversation.idle()`.
   */
  background?: (label: string, task: () => Promise<void>) => void;
  /** A person's private calendar-feed URL, when the feeds are set up. */
  feedUrl?: (officeId: string, personId: string) => Promise<string | null>;
  /** The GIADA engine of a Tribunale, kept open by the composition; opened on demand when absent. */
  giadaEngine?: (officeId: string) => Promise<GiadaEngine>;
  /** The scheduled jobs' recent runs and uncertain sends, as Italian lines (when the jobs run). */
  jobStatus?: () => Promise<string[]>;
  /** Where errors of background tasks go (default: console.error). */
  log?: (message: string, error?: unknown) => void;
}

/** One exchange: who is writing, on which civil day, in which office. */
export interface Turn {
  deps: ConversationDeps;
  who: Identity;
  today: CivilDay;
  config: DeepReadonly<OfficeConfig>;
  /** Runs `task` in the background (see `ConversationDeps.background`). */
  spawn: (label: string, task: () => Promise<void>) => void;
}
