import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * botbuilder's `CloudAdapter.process` expects an Express/Restify-like pair: `req.body` already parsed,
 * and a response with `status`, `header`, `send`, `end` and a `socket`. These wrap Node's own objects
 * so the adapter mounts on turnario's plain HTTP server.
 */

export interface ProcessRequest {
  body?: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  method?: string;
}

export interface ProcessResponse {
  socket: unknown;
  status(code: number): void;
  header(name: string, value: unknown): void;
  send(body?: unknown): void;
  end(): void;
}

const MAX_BODY_BYTES = 1024 * 1024;

export class BodyError extends Error {
  constructor(readonly status: 400 | 413, message: string) {
    super(message);
  }
}

/** Reads and parses a JSON object body; a body that is too large or not a JSON object is a `BodyError` (Italian). */
export async function readJsonBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyError(413, 'Richiesta troppo grande.');
    chunks.push(chunk as Buffer);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BodyError(400, 'Il corpo della richiesta non è un JSON valido.');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new BodyError(400, 'Il corpo della richiesta deve essere un oggetto JSON (un\'attività Bot Framework).');
  return parsed as Record<string, unknown>;
}

export function wrapRequest(req: IncomingMessage, body: Record<string, unknown>): ProcessRequest {
  return { body, headers: req.headers, method: req.method };
}

/** A response botbuilder can drive; objects are sent as JSON, strings as plain text. */
export function wrapResponse(res: ServerResponse): ProcessResponse {
  return {
    socket: res.socket,
    status(code) {
      res.statusCode = code;
    },
    header(name, value) {
      res.setHeader(name, String(value));
    },
    send(body) {
      if (body === undefined || body === null) return;
      if (typeof body === 'string' || Buffer.isBuffer(body)) {
        if (!res.hasHeader('content-type')) res.setHeader('content-type', 'text/plain; charset=utf-8');
        res.write(body);
        return;
      }
      res.setHeader('content-type', 'application/json; charset=utf-8');
      res.write(JSON.stringify(body));
    },
    end() {
      if (!res.writableEnded) res.end();
    },
  };
}
