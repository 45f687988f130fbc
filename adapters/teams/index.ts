import type { IncomingMessage, ServerResponse } from 'node:http';
import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { Conversation } from '../../src/conversation/index.ts';
import type { Clock, Store } from '../../src/ports.ts';
import type { Route } from '../http/index.ts';
import { sendText } from '../http/index.ts';
import { createTurnHandler } from './bot.ts';
import { BodyError, readJsonBody, wrapRequest, wrapResponse } from './node-http.ts';
import { TeamsNotifier } from './notifier.ts';
import { readTeamsSettings, type Env } from './settings.ts';

export { teamsConfigured, readTeamsSettings } from './settings.ts';
export { TeamsNotifier } from './notifier.ts';

/**
 * The Microsoft Teams front: botbuilder's `CloudAdapter` with `ConfigurationBotFrameworkAuthentication`
 * at `POST /api/messages` on turnario's one HTTP server, and a `Notifier` for proactive messages.
 * Every botbuilder import of turnario lives in this folder (see README.md here for the move to the
 * Microsoft 365 Agents SDK).
 */

export interface TeamsFrontDeps {
  conversation: Conversation;
  store: Store;
  clock: Clock;
  env: Env;
  log: (message: string, error?: unknown) => void;
}

export interface TeamsFront {
  routes: Route[];
  notifier: TeamsNotifier;
  /** 'local' without an app id (no authentication: emulator and tests), else 'azure'. */
  mode: 'local' | 'azure';
}

export const TEAMS_PATH = '/api/messages';

/** Builds the Teams front; a wrong setting is an Italian message naming the variable. */
export function createTeamsFront(deps: TeamsFrontDeps): { ok: true; front: TeamsFront } | { ok: false; message: string } {
  const read = readTeamsSettings(deps.env);
  if (!read.ok) return read;
  const auth = new ConfigurationBotFrameworkAuthentication({ ...read.settings });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context, error) => {
    deps.log('Teams: errore durante un turno', error);
    if (context.activity.type === 'message') {
      await context.sendActivity('Mi dispiace, qualcosa è andato storto dalla mia parte e non ho potuto completare la richiesta. Riprova tra poco; se il problema continua, avvisa la segreteria.');
    }
  };
  const logic = createTurnHandler(deps);
  const route: Route = {
    method: 'POST',
    path: TEAMS_PATH,
    async handle(req: IncomingMessage, res: ServerResponse) {
      let body: Record<string, unknown>;
      try {
        body = await readJsonBody(req);
      } catch (error) {
        if (error instanceof BodyError) return sendText(res, error.status, error.message);
        throw error;
      }
      await adapter.process(wrapRequest(req, body), wrapResponse(res), logic);
    },
  };
  return { ok: true, front: { routes: [route], notifier: new TeamsNotifier(adapter, read.settings.MicrosoftAppId ?? '', deps.store), mode: read.settings.MicrosoftAppId ? 'azure' : 'local' } };
}
