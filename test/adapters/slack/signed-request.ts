import { createHmac } from 'node:crypto';

/**
 * Requests as Slack sends them: signed with the app's signing secret (HMAC-SHA256 of `v0:<ts>:<body>`,
 * header `x-slack-signature: v0=<hex>`, `x-slack-request-timestamp: <ts>`).
 */

export const SIGNING_SECRET = 'prova-segreto-di-firma-0123456789';

export interface SendOptions {
  /** Seconds since the epoch; default now. */
  timestamp?: number;
  /** Sign with another secret (a forged request). */
  secret?: string;
  headers?: Record<string, string>;
}

export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

async function post(url: string, body: string, contentType: string, options: SendOptions): Promise<{ status: number; body: string }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(body, timestamp, options.secret),
      ...options.headers,
    },
    body,
  });
  return { status: response.status, body: await response.text() };
}

/** An Events API callback (`event_callback`) carrying `event`. */
export function postEvent(url: string, eventId: string, event: Record<string, unknown>, options: SendOptions = {}) {
  const body = JSON.stringify({ token: 'x', team_id: 'T0TURNARIO', api_app_id: 'A0TURNARIO', type: 'event_callback', event_id: eventId, event_time: 1763890000, event });
  return post(url, body, 'application/json', options);
}

/** A slash command, form-encoded as Slack sends it. */
export function postCommand(url: string, fields: Record<string, string>, options: SendOptions = {}) {
  const body = new URLSearchParams({ token: 'x', team_id: 'T0TURNARIO', api_app_id: 'A0TURNARIO', ...fields }).toString();
  return post(url, body, 'application/x-www-form-urlencoded', options);
}

/** An interaction (block_actions, view_submission): form-encoded `payload=<json>`. */
export function postInteraction(url: string, payload: Record<string, unknown>, options: SendOptions = {}) {
  const body = new URLSearchParams({ payload: JSON.stringify({ team: { id: 'T0TURNARIO' }, api_app_id: 'A0TURNARIO', token: 'x', ...payload }) }).toString();
  return post(url, body, 'application/x-www-form-urlencoded', options);
}
