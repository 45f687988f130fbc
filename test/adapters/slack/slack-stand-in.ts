import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small local stand-in for Slack's Web API (`/api/<method>`) and for `response_url`s
 * (`/response/<id>`): records every call with its decoded arguments and answers `{ ok: true, … }`
 * like Slack, or what a test queued with `failNext`.
 */

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  /** `Date.now()` when the call arrived. */
  at: number;
  /** What the stand-in answered. */
  response: Record<string, unknown>;
}

export interface CannedResponse {
  status: number;
  headers?: Record<string, string>;
  body: Record<string, unknown>;
}

export const BOT_USER_ID = 'UTURNARIO1';

function decode(raw: string, contentType: string): Record<string, unknown> {
  if (contentType.includes('application/json')) return raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export class SlackStandIn {
  readonly calls: RecordedCall[] = [];
  private readonly failures = new Map<string, CannedResponse[]>();
  private readonly waiters = new Set<() => void>();
  private server: Server | null = null;
  private nextTs = 1;
  url = '';
  /** The e-mail `users.info` gives for a member id (none: a profile without e-mail). */
  readonly emails = new Map<string, string>();

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      void (async () => {
        const raw = await readBody(req);
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        const method = path.startsWith('/api/') ? path.slice('/api/'.length) : `response_url${path.slice('/response'.length)}`;
        const args = decode(raw, req.headers['content-type'] ?? '');
        const canned = this.failures.get(method)?.shift() ?? { status: 200, body: this.answer(method, args) };
        this.calls.push({ method, args, at: Date.now(), response: canned.body });
        res.writeHead(canned.status, { 'content-type': 'application/json', ...canned.headers });
        res.end(JSON.stringify(canned.body));
        for (const wake of [...this.waiters]) wake();
      })();
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.server?.close(() => resolve());
      this.server?.closeAllConnections();
    });
  }

  /** The Web API base URL (for `SLACK_API_URL`). */
  get apiUrl(): string {
    return `${this.url}/api/`;
  }

  /** A response URL on the stand-in, as Slack puts in commands and interactions. */
  responseUrl(id: string): string {
    return `${this.url}/response/${id}`;
  }

  /** The next call(s) to `method` get this answer instead of `ok: true`. */
  failNext(method: string, ...responses: CannedResponse[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...responses]);
  }

  callsTo(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves with the calls to `method` once there are at least `count` of them (fails after `timeoutMs`). */
  waitFor(method: string, count = 1, timeoutMs = 5000): Promise<RecordedCall[]> {
    return this.waitForMatching(method, () => true, count, timeoutMs);
  }

  /** Like `waitFor`, counting only the calls that `matches`. */
  async waitForMatching(method: string, matches: (call: RecordedCall) => boolean, count = 1, timeoutMs = 5000): Promise<RecordedCall[]> {
    const found = () => this.callsTo(method).filter(matches);
    if (found().length >= count) return found();
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`expected ${count} matching call(s) to ${method}, got ${found().length}: ${this.calls.map((c) => c.method).join(', ')}`));
      }, timeoutMs);
      const check = () => {
        if (found().length < count) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      this.waiters.add(check);
    });
    return found();
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test': return { ok: true, user_id: BOT_USER_ID, bot_id: 'BTURNARIO1', team_id: 'T0TURNARIO' };
      case 'conversations.open': return { ok: true, channel: { id: `D${String(args.users)}` } };
      case 'chat.postMessage': return { ok: true, channel: args.channel, ts: `1763900000.${String(this.nextTs++).padStart(6, '0')}` };
      case 'chat.update': return { ok: true, channel: args.channel, ts: args.ts };
      case 'users.info': {
        const email = this.emails.get(String(args.user));
        return { ok: true, user: { id: args.user, profile: email ? { email } : {} } };
      }
      case 'views.open':
      case 'views.publish': return { ok: true, view: { id: `V${this.nextTs++}` } };
      default: return { ok: true };
    }
  }
}
