import type { Page, Response } from '@playwright/test';

/** Channels the page called, in order; lets a test prove a bad form sent nothing. */
export function recordInvokes(page: Page): string[] {
  const channels: string[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/api/invoke')) return;
    const body: unknown = request.postDataJSON();
    if (body && typeof body === 'object' && 'channel' in body && typeof body.channel === 'string')
      channels.push(body.channel);
  });
  return channels;
}

/** Resolves when the host has answered a call on `channel`; start it before the click. */
export function answered(page: Page, channel: string): Promise<Response> {
  return page.waitForResponse((response) => {
    if (!response.url().endsWith('/api/invoke')) return false;
    const body: unknown = response.request().postDataJSON();
    return !!body && typeof body === 'object' && 'channel' in body && body.channel === channel;
  });
}
