import { renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { registerPending } from '../../../../renderer/app/pendingChanges';
import { useLeaveGuards } from '../../../../renderer/app/useLeaveGuards';

/** What the browser does when the tab is closed or reloaded: it asks whether to hold the page. */
function closeTab(): Event {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event;
}

describe('leaving the page in browser mode', () => {
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  it('saves an autosave at once when the tab is closed, and holds the page only for a form that is not saved', () => {
    let saved = 0;
    stops.push(registerPending({ flush: () => (saved++, Promise.resolve()), unsaved: () => null }));
    const guard = renderHook(() => useLeaveGuards());
    expect(closeTab().defaultPrevented).toBe(false);
    expect(saved).toBe(1);

    stops.push(registerPending({ unsaved: () => 'the member form' }));
    expect(closeTab().defaultPrevented).toBe(true);
    guard.unmount();
    expect(closeTab().defaultPrevented).toBe(false);
  });

  it('saves again on pagehide, when a tab goes without asking (a phone, the back-forward cache)', () => {
    let saved = 0;
    stops.push(registerPending({ flush: () => (saved++, Promise.resolve()), unsaved: () => null }));
    renderHook(() => useLeaveGuards());
    window.dispatchEvent(new Event('pagehide'));
    expect(saved).toBe(1);
  });
});
