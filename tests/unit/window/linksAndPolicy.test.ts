import { describe, expect, it, vi } from 'vitest';
import { isSafeExternalUrl } from '../../../electron/window/externalLinks';
import { isAllowedRequest } from '../../../electron/window/networkGuard';
import { CONTENT_SECURITY_POLICY } from '../../../shared/ipc/csp';

vi.mock('electron', () => ({ protocol: {}, net: {} }));
const { isTrustedUrl, APP_ORIGIN } = await import('../../../electron/window/protocol');

describe('external links', () => {
  it.each(['https://www.twinning.org/', 'mailto:secretar@example.org'])('lets %s go to the system', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });
  it.each([
    'http://example.org',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,x',
    'smb://server/share',
    'https://user:secret@example.org',
    'not a url',
    '',
  ])('keeps %s from leaving the app', (url) => expect(isSafeExternalUrl(url)).toBe(false));
});

describe('the app origin', () => {
  it('trusts only app://twinning and its pages', () => {
    expect(isTrustedUrl(APP_ORIGIN)).toBe(true);
    expect(isTrustedUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    for (const url of [
      'app://twinning.evil.example/',
      'app://twinningx/',
      'https://twinning/',
      'file:///app/index.html',
      'app://other/',
      '',
    ]) {
      expect(isTrustedUrl(url), url).toBe(false);
    }
  });
});

describe('the content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
  );
  it('allows scripts only from the app itself: no inline scripts, no eval, no remote hosts', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'none'"]);
  });
  it('connects nowhere but the app, and forbids plugins, framing by others, base and form targets', () => {
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
  });
  it('names no http(s) host anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*/);
  });
});

describe('the network guard', () => {
  const renderer = '/opt/twinning/out/renderer';
  it.each([
    'app://twinning/index.html',
    'devtools://devtools/bundled/x.html',
    'blob:app://twinning/1234',
    'data:image/png;base64,AAAA',
    `file://${renderer}/assets/index.js`,
  ])('lets %s through', (url) => expect(isAllowedRequest(url, renderer)).toBe(true));
  it.each([
    'https://fonts.googleapis.com/css',
    'http://127.0.0.1:8080/',
    'ws://localhost:1/',
    'ftp://example.org',
    'file:///etc/passwd',
    `file://${renderer}-evil/x.js`,
    `file://${renderer}/../secret`,
    'garbage',
  ])('cancels %s', (url) => expect(isAllowedRequest(url, renderer)).toBe(false));
  it('cancels what it refuses and reports it', async () => {
    let hook: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null = null;
    const session = { webRequest: { onBeforeRequest: (h: typeof hook) => void (hook = h) } };
    const { installNetworkGuard } = await import('../../../electron/window/networkGuard');
    const blocked: string[] = [];
    installNetworkGuard(session as never, renderer, (url) => blocked.push(url));
    const answers: boolean[] = [];
    hook!({ url: 'https://telemetry.example/ping' }, (r) => answers.push(r.cancel));
    hook!({ url: 'app://twinning/index.html' }, (r) => answers.push(r.cancel));
    expect(answers).toEqual([true, false]);
    expect(blocked).toEqual(['https://telemetry.example/ping']);
  });
});
