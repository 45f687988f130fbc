import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Headers of every web view: nothing cached by proxies, no referrer (links carry private tokens), no
 * indexing, and a policy that allows no script at all — the pages need none.
 */
const privateHeaders = {
  'cache-control': 'private, no-store',
  'referrer-policy': 'no-referrer',
  'x-robots-tag': 'noindex, nofollow',
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'",
};

export function sendHtml(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', ...privateHeaders, ...headers });
  res.end(body);
}

/** A download: `fileName` is plain ASCII chosen by us. */
export function sendFile(res: ServerResponse, contentType: string, fileName: string, body: string, inline = false): void {
  res.writeHead(200, { 'content-type': contentType, 'content-disposition': `${inline ? 'inline' : 'attachment'}; filename="${fileName}"`, ...privateHeaders });
  res.end(body);
}

export function redirect(res: ServerResponse, location: string, headers: Record<string, string> = {}): void {
  res.writeHead(303, { location, ...privateHeaders, ...headers });
  res.end();
}

/** Reads a small urlencoded form; null when it is larger than `limit` bytes. */
export async function readForm(req: IncomingMessage, limit = 4096): Promise<URLSearchParams | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return null;
    chunks.push(chunk as Buffer);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

export function cookieValue(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
