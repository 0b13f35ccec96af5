import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../shared/ipc/csp';

const root = join(import.meta.dirname, '..', '..', '..');
const html = readFileSync(join(root, 'renderer', 'index.html'), 'utf8');

describe('renderer/index.html', () => {
  it('carries the same Content-Security-Policy as the headers, less frame-ancestors which a meta tag cannot set', () => {
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const headerWithoutFrameAncestors = CONTENT_SECURITY_POLICY.split('; ')
      .filter((directive) => !directive.startsWith('frame-ancestors'))
      .join('; ');
    expect(meta).toBe(headerWithoutFrameAncestors);
  });

  it('links a favicon that ships in renderer/public', () => {
    const href = /<link rel="icon"[^>]*href="\.\/([^"]+)"/.exec(html)?.[1];
    expect(href).toBeDefined();
    expect(existsSync(join(root, 'renderer', 'public', href ?? ''))).toBe(true);
  });
});
