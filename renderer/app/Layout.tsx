import { Alert, AppShell, Button, Group, Kbd, NavLink, ScrollArea, Text, Title } from '@mantine/core';
import { spotlight } from '@mantine/spotlight';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Route, Routes, useLocation } from 'react-router';
import { SkipLink } from '../components/SkipLink';
import { useAppStore } from '../state/store';
import { CommandPalette } from './CommandPalette';
import { LeaveGuard } from './LeaveGuard';
import { SampleBanner } from './SampleBanner';
import { COMMANDS, keyLabel } from './commands';
import { routes, type AppRoute } from './routes';
import { useCommands } from './useCommands';
import { SyncIndicator } from '../features/sync/SyncIndicator';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

function NavItems({ group }: { group: AppRoute['group'] }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return routes
    .filter((r) => r.group === group)
    .map((r) => (
      <NavLink
        key={r.path}
        component={RouterLink}
        to={r.path}
        label={t(r.label)}
        active={r.path === '/' ? pathname === '/' : pathname.startsWith(r.path)}
      />
    ));
}

export function Layout() {
  const { t } = useTranslation();
  const status = useAppStore((s) => s.status);
  useCommands();

  return (
    <AppShell header={{ height: 48 }} navbar={{ width: 220, breakpoint: 0 }} padding="md">
      <SkipLink label={t('skipToContent')} targetId="main" />
      <CommandPalette />
      <LeaveGuard />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between">
          <Title order={1} size="h4">
            {t('app.name')}
          </Title>
          <Group gap="md">
            <Button
              variant="default"
              size="xs"
              onClick={() => spotlight.open()}
              rightSection={<Kbd size="xs">{keyLabel(COMMANDS[0].keys, isMac)}</Kbd>}
            >
              {t('palette:open')}
            </Button>
            <SyncIndicator />
            {status?.transport === 'browser' && (
              <Text size="xs" c="dimmed">
                {t('app.browserMode')}
              </Text>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        <AppShell.Section grow component={ScrollArea}>
          <NavItems group="main" />
        </AppShell.Section>
        <AppShell.Section>
          <NavItems group="footer" />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} style={{ outline: 'none' }}>
        <SampleBanner />
        {status?.readOnly && (
          <Alert color="yellow" mb="md" title={t('readOnly.title')}>
            {t(status.readOnlyReason === 'diskFull' ? 'readOnly.diskFull' : 'readOnly.body', {
              dir: status.dataDir,
            })}
          </Alert>
        )}
        <Routes>
          {routes.map((r) => (
            <Route key={r.path} path={r.nested ? `${r.path}/*` : r.path} element={r.element} />
          ))}
        </Routes>
      </AppShell.Main>
    </AppShell>
  );
}
