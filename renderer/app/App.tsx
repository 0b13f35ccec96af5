import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import 'dayjs/locale/de';
import 'dayjs/locale/fr';
import 'dayjs/locale/ro';
import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { RecoveryScreen } from '../features/recovery/RecoveryScreen';
import { UnreachableScreen } from '../features/recovery/UnreachableScreen';
import { subscribe } from '../api/client';
import { useAppStore } from '../state/store';
import type { Boot } from './bootstrap';
import { ConnectionBanner } from './ConnectionBanner';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';
import { cssVariablesResolver, theme } from './theme';
import { useLeaveGuards } from './useLeaveGuards';

/**
 * A data router (one splat route; the features route below it with <Routes>), so a form can
 * hold a navigation with useBlocker while it has unsaved changes. The boundary sits inside the
 * route, or the router's own error screen would catch a rendering error first.
 */
const makeRouter = () =>
  createHashRouter([
    {
      path: '*',
      element: (
        <ErrorBoundary>
          <Layout />
        </ErrorBoundary>
      ),
    },
  ]);

/** Date pickers name months and weekdays in the app's language, weeks starting on Monday. */
function LocalDates({ children }: { children: React.ReactNode }) {
  const { i18n } = useTranslation();
  const locale = ['ro', 'fr', 'de'].includes(i18n.language) ? i18n.language : 'en';
  return <DatesProvider settings={{ locale, firstDayOfWeek: 1 }}>{children}</DatesProvider>;
}

export function App({ boot }: { boot: Boot }) {
  const status = useAppStore((s) => s.status);
  const [router] = useState(makeRouter);
  useLeaveGuards();
  const applyStoreChange = useAppStore((s) => s.applyStoreChange);
  // Mounted on every screen (the recovery screen too): a restore announces a whole-store change.
  useEffect(() => subscribe('store:changed', (event) => void applyStoreChange(event)), [applyStoreChange]);
  let screen;
  if (boot.kind === 'unreachable') screen = <UnreachableScreen detail={boot.message} />;
  else if (status?.state === 'recovery') screen = <RecoveryScreen status={status} />;
  else screen = <RouterProvider router={router} />;
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <Notifications position="bottom-right" />
      {boot.kind === 'ready' && status?.transport === 'browser' && <ConnectionBanner />}
      <LocalDates>
        <ErrorBoundary>{screen}</ErrorBoundary>
      </LocalDates>
    </MantineProvider>
  );
}
