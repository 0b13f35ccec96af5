import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { theme } from '../../../../renderer/app/theme';
import { changeLocale, i18n, initI18n } from '../../../../renderer/i18n';
import type { UiLocale } from '../../../../shared/domain/settings';

/** i18next with the app's real catalogs, so tests see the words users see. */
export async function useLocale(locale: UiLocale): Promise<void> {
  if (i18n.isInitialized) await changeLocale(locale);
  else await initI18n(locale);
}

/** Renders inside the providers the app's root gives every screen. */
export function renderWithProviders(ui: ReactElement): RenderResult {
  return render(<MantineProvider theme={theme}>{ui}</MantineProvider>);
}
