import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { HashRouter } from 'react-router';
import { RecoveryScreen } from '../features/recovery/RecoveryScreen';
import { UnreachableScreen } from '../features/recovery/UnreachableScreen';
import { useAppStore } from '../state/store';
import type { Boot } from './bootstrap';
import { ErrorBoundary } from './ErrorBoundary';
import { Layout } from './Layout';
import { theme } from './theme';

export function App({ boot }: { boot: Boot }) {
  const status = useAppStore((s) => s.status);
  let screen;
  if (boot.kind === 'unreachable') screen = <UnreachableScreen detail={boot.message} />;
  else if (status?.state === 'recovery') screen = <RecoveryScreen status={status} />;
  else
    screen = (
      <HashRouter>
        <Layout />
      </HashRouter>
    );
  return (
    <MantineProvider theme={theme}>
      <Notifications position="bottom-right" />
      <ErrorBoundary>{screen}</ErrorBoundary>
    </MantineProvider>
  );
}
