import { request } from 'node:http';
import { CODE_HEADER } from '../../../electron/host/guard';
import type { Host } from '../../../electron/host/server';

export interface Reply {
  status: number;
  body: string;
}

/** A raw POST on loopback (node:http, so tests can forge headers fetch would refuse). */
export function rawPost(
  port: number,
  path: string,
  headers: Record<string, string>,
  body = '',
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** The one-time code in an address the host printed. */
export const codeOf = (url: string) => new URL(url).searchParams.get('code') ?? '';

/** What a tab does on first load: trade the URL's one-time code for its own secret. */
export async function openTab(host: Host, url = host.url): Promise<string> {
  const reply = await rawPost(new URL(url).port ? Number(new URL(url).port) : host.port, '/api/session', {
    host: `127.0.0.1:${host.port}`,
    [CODE_HEADER]: codeOf(url),
  });
  if (reply.status !== 200) throw new Error(`session refused: ${reply.status} ${reply.body}`);
  return (JSON.parse(reply.body) as { secret: string }).secret;
}
