import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for the Bot Framework connector service (the activity's `serviceUrl`): records
 * every activity the bot sends (`POST /v3/conversations/{id}/activities[/{replyToId}]`) or updates
 * (`PUT /v3/conversations/{id}/activities/{activityId}`), and answers like the real one with a new id.
 */

export interface RecordedCall {
  method: 'POST' | 'PUT';
  conversationId: string;
  /** The activity id in the path: replied to (POST) or updated (PUT). */
  activityId: string | null;
  body: Record<string, unknown>;
}

export interface ConnectorStandIn {
  url: string;
  calls: RecordedCall[];
  close(): Promise<void>;
}

export async function startConnectorStandIn(): Promise<ConnectorStandIn> {
  const calls: RecordedCall[] = [];
  let next = 1;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? '');
      if (!match || (req.method !== 'POST' && req.method !== 'PUT')) {
        res.writeHead(404).end();
        return;
      }
      calls.push({
        method: req.method, conversationId: decodeURIComponent(match[1]!), activityId: match[2] ? decodeURIComponent(match[2]) : null,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: `sent-${next++}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    close: () => new Promise((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    }),
  };
}
