/**
 * The Slack settings from the environment, read without loading Bolt (the composition checks them
 * before deciding to load the SDK).
 *
 * - `SLACK_BOT_TOKEN` (`xoxb-…`): always needed.
 * - `SLACK_SIGNING_SECRET`: HTTP mode, requests at `POST /slack/events` are verified with it.
 * - `SLACK_APP_TOKEN` (`xapp-…`): Socket Mode instead of HTTP (no public URL needed).
 * - `SLACK_API_URL`: where the Web API is (default Slack's); tests and proxies override it.
 */

export type Env = Record<string, string | undefined>;

export interface SlackSettings {
  botToken: string;
  /** Present in HTTP mode. */
  signingSecret?: string;
  /** Present in Socket Mode. */
  appToken?: string;
  apiUrl: string;
  mode: 'http' | 'socket';
}

export const SLACK_PATH = '/slack/events';
export const DEFAULT_SLACK_API_URL = 'https://slack.com/api/';

/** True when Slack should run: a bot token is set. */
export function slackConfigured(env: Env): boolean {
  return Boolean(env.SLACK_BOT_TOKEN?.trim());
}

/** The settings, or an Italian message naming the variable that is wrong and what it should be. */
export function readSlackSettings(env: Env): { ok: true; settings: SlackSettings } | { ok: false; message: string } {
  const botToken = env.SLACK_BOT_TOKEN?.trim();
  if (!botToken) return { ok: false, message: 'SLACK_BOT_TOKEN: manca. Copia il "Bot User OAuth Token" (xoxb-…) dalla pagina "OAuth & Permissions" dell\'app Slack.' };
  if (!botToken.startsWith('xoxb-')) return { ok: false, message: 'SLACK_BOT_TOKEN: atteso un token del bot che inizia con "xoxb-".' };
  const appToken = env.SLACK_APP_TOKEN?.trim();
  if (appToken && !appToken.startsWith('xapp-')) return { ok: false, message: 'SLACK_APP_TOKEN: atteso un token a livello di app che inizia con "xapp-" (serve solo per la Socket Mode).' };
  const signingSecret = env.SLACK_SIGNING_SECRET?.trim();
  if (!appToken && !signingSecret) {
    return { ok: false, message: 'SLACK_SIGNING_SECRET: manca. Copia il "Signing Secret" dalla pagina "Basic Information" dell\'app Slack, oppure imposta SLACK_APP_TOKEN per usare la Socket Mode.' };
  }
  const rawUrl = env.SLACK_API_URL?.trim() || DEFAULT_SLACK_API_URL;
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    return { ok: false, message: `SLACK_API_URL: atteso un indirizzo http(s) completo, per esempio ${DEFAULT_SLACK_API_URL}, trovato "${rawUrl}".` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, message: `SLACK_API_URL: atteso un indirizzo http(s), trovato "${rawUrl}".` };
  const apiUrl = url.href.endsWith('/') ? url.href : `${url.href}/`;
  return {
    ok: true,
    settings: { botToken, apiUrl, mode: appToken ? 'socket' : 'http', ...(appToken ? { appToken } : {}), ...(signingSecret ? { signingSecret } : {}) },
  };
}
