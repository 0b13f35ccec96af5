import type { Session } from 'electron';
import { fileURLToPath } from 'node:url';
import { sep } from 'node:path';

/**
 * The app never talks to the network: no updates, no telemetry, no fonts or maps from
 * a CDN. Anything the renderer (or a bug, or injected content) asks for outside our own
 * app:// origin is cancelled. file: is allowed only inside the built renderer, which the
 * app:// handler reads through net.fetch; blob: and data: stay in memory.
 */
export function isAllowedRequest(url: string, rendererDir: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  switch (parsed.protocol) {
    case 'app:':
    case 'devtools:':
    case 'blob:':
    case 'data:':
      return true;
    case 'file:':
      try {
        return fileURLToPath(parsed).startsWith(rendererDir + sep);
      } catch {
        return false;
      }
    default:
      return false;
  }
}

export function installNetworkGuard(
  session: Session,
  rendererDir: string,
  onBlocked: (url: string) => void = () => undefined,
): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, rendererDir);
    if (!allowed) onBlocked(details.url);
    callback({ cancel: !allowed });
  });
}
