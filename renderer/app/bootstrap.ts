import { ApiError } from '../api/client';
import { initI18n, systemLocale } from '../i18n';
import { useAppStore } from '../state/store';

export type Boot = { kind: 'ready' } | { kind: 'unreachable'; message: string };

/** Loads the status and settings before the first paint so the UI starts in the right language. */
export async function bootstrap(): Promise<Boot> {
  const store = useAppStore.getState();
  try {
    const status = await store.loadStatus();
    const locale =
      status.state === 'ready' ? ((await store.loadSettings()).locale ?? systemLocale()) : systemLocale();
    await initI18n(locale);
    return { kind: 'ready' };
  } catch (error) {
    await initI18n(systemLocale());
    return { kind: 'unreachable', message: error instanceof ApiError ? error.error.code : String(error) };
  }
}
