import type { Conversation } from '../../src/conversation/index.ts';
import type { Clock, Notifier, Recipient, Store } from '../../src/ports.ts';
import type { Route } from '../http/index.ts';

/**
 * A chat platform as the composition sees it: routes on the one HTTP server, a notifier and whom it
 * reaches, optional start/stop (Slack's Socket Mode), and one Italian line for the start banner.
 * Each platform's SDK is loaded only when its settings are present (`import()` below), so `npm start`
 * with no variables loads neither botbuilder nor Bolt.
 */
export interface ChatFront {
  name: string;
  /** The platform's name for people: "Slack", "Microsoft Teams". */
  label: string;
  routes: Route[];
  notifier: Notifier;
  reaches(to: Recipient): boolean;
  summary: string;
  start?(): Promise<void>;
  stop?(): Promise<void>;
}

export interface FrontDeps {
  conversation: Conversation;
  store: Store;
  clock: Clock;
  env: Record<string, string | undefined>;
  log: (message: string, error?: unknown) => void;
}

/** A setting that prevents a platform from starting, told in Italian (the process does not start). */
export class FrontSettingsError extends Error {}

export type FrontFactory = (deps: FrontDeps) => Promise<ChatFront | null>;

const teamsFront: FrontFactory = async (deps) => {
  const { teamsConfigured } = await import('../teams/settings.ts');
  if (!teamsConfigured(deps.env)) return null;
  const { createTeamsFront, TEAMS_PATH } = await import('../teams/index.ts');
  const built = createTeamsFront(deps);
  if (!built.ok) throw new FrontSettingsError(`Teams non può partire: ${built.message}`);
  const { front } = built;
  return {
    name: 'teams',
    label: 'Microsoft Teams',
    routes: front.routes,
    notifier: front.notifier,
    reaches: (to) => front.notifier.reaches(to),
    summary: front.mode === 'local'
      ? `Teams: modalità locale, senza autenticazione (solo per prove con l'emulatore), su POST ${TEAMS_PATH}`
      : `Teams: attivo su POST ${TEAMS_PATH}`,
  };
};

const slackFront: FrontFactory = async (deps) => {
  const { slackConfigured } = await import('../slack/settings.ts');
  if (!slackConfigured(deps.env)) return null;
  const { createSlackFront, SLACK_PATH } = await import('../slack/index.ts');
  const built = createSlackFront(deps);
  if (!built.ok) throw new FrontSettingsError(`Slack non può partire: ${built.message}`);
  const { front } = built;
  return {
    name: 'slack',
    label: 'Slack',
    routes: front.routes,
    notifier: front.notifier,
    reaches: (to) => front.notifier.reaches(to),
    summary: front.mode === 'socket' ? 'Slack: attivo in Socket Mode' : `Slack: attivo su POST ${SLACK_PATH}`,
    start: () => front.start(),
    stop: () => front.stop(),
  };
};

/** The chat platforms, in order. */
export const frontFactories: readonly FrontFactory[] = [slackFront, teamsFront];
