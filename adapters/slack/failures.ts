import type { webApi } from '@slack/bolt';
import type { Store } from '../../src/ports.ts';
import { directChannel } from './direct-channel.ts';

/** What went wrong talking to Slack: for the log, and what the person is told (in Italian, without internals). */

export type SlackLog = (message: string, error?: unknown) => void;

/** The user-facing sentence when a Slack call failed on our side. */
export const SLACK_FAILURE_TEXT = 'Mi dispiace, qualcosa è andato storto nel comunicare con Slack e non ho potuto completare la richiesta. Riprova tra poco; se il problema continua, avvisa la segreteria.';

/** A short description of a Web API or response_url error for the log: Slack's error code when there is one. */
export function describeSlackError(error: unknown): string {
  if (error && typeof error === 'object') {
    const e = error as { code?: unknown; data?: { error?: unknown }; statusCode?: unknown; message?: unknown };
    if (e.code === 'slack_webapi_platform_error' && typeof e.data?.error === 'string') return `Slack ha risposto "${e.data.error}"`;
    if (e.code === 'slack_webapi_http_error' && typeof e.statusCode === 'number') return `HTTP ${e.statusCode}`;
    if (e.code === 'slack_webapi_rate_limited_error') return 'limite di frequenza superato';
    if (typeof e.message === 'string') return e.message;
  }
  return String(error);
}

export interface FailureContext {
  client: webApi.WebClient;
  store: Store;
  log: SlackLog;
}

/**
 * Runs a Slack step for a person. When it fails, the failure is logged with `what` and the person,
 * and the person gets an Italian DM saying something went wrong (itself logged if it fails too).
 */
export async function withSlackFailure(ctx: FailureContext, what: string, user: { userId: string; personId: string | null }, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    ctx.log(`Slack: ${what} per ${user.userId}${user.personId ? ` (${user.personId})` : ''} non riuscito: ${describeSlackError(error)}`, error);
    try {
      const channel = await directChannel(ctx.client, ctx.store, user.userId, user.personId);
      await ctx.client.chat.postMessage({ channel, text: SLACK_FAILURE_TEXT });
    } catch (again) {
      ctx.log(`Slack: anche l'avviso dell'errore a ${user.userId} non è stato consegnato: ${describeSlackError(again)}`, again);
    }
  }
}
