import { Anchor, Button, Group, List, Paper, Text, ThemeIcon, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { errorMessage } from '../../forms/useSubmit';
import { useAppStore } from '../../state/store';

interface Step {
  key: 'town' | 'committee' | 'partner';
  to: string;
  done: boolean;
}

/**
 * The Overview's first-steps card: town, committee, first partner, each ticked once saved.
 * It shows only once the profile and the registry have loaded (so it never flashes on a
 * committee that is set up) and goes away when all three are done.
 */
export function FirstSteps() {
  const { t } = useTranslation('home');
  const profile = useAppStore((s) => s.profile);
  const dashboard = useAppStore((s) => s.dashboard);
  const exploreSample = useAppStore((s) => s.exploreSample);
  const inSample = useAppStore((s) => s.status?.sample === true);
  const [opening, setOpening] = useState(false);
  if (!profile || !dashboard) return null;

  async function explore() {
    setOpening(true);
    try {
      await exploreSample();
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    } finally {
      setOpening(false);
    }
  }

  const steps: Step[] = [
    { key: 'town', to: '/committee', done: profile.municipality !== null },
    { key: 'committee', to: '/committee', done: profile.committee !== null },
    { key: 'partner', to: '/partnerships/new', done: dashboard.total > 0 },
  ];
  if (steps.every((s) => s.done)) return null;
  const next = steps.find((s) => !s.done)?.key;

  return (
    <Paper withBorder p="md" mb="md" component="section" aria-labelledby="first-steps-title">
      <Title order={3} size="h5" id="first-steps-title">
        {t('firstSteps.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('firstSteps.intro')}
      </Text>
      <List spacing="xs" center>
        {steps.map((step, i) => (
          <List.Item
            key={step.key}
            icon={
              <ThemeIcon
                size={24}
                radius="xl"
                color={step.done ? 'green' : 'gray'}
                variant={step.done ? 'filled' : 'light'}
                aria-hidden
              >
                {step.done ? '✓' : i + 1}
              </ThemeIcon>
            }
          >
            <Group gap="xs">
              {step.done ? (
                <Text size="sm" td="line-through" c="dimmed">
                  {t(`firstSteps.${step.key}`)}
                </Text>
              ) : (
                <Anchor component={Link} to={step.to} size="sm" fw={step.key === next ? 600 : undefined}>
                  {t(`firstSteps.${step.key}`)}
                </Anchor>
              )}
              <VisuallyHidden>{t(step.done ? 'firstSteps.done' : 'firstSteps.todo')}</VisuallyHidden>
              {step.key === 'partner' && !step.done && (
                <Anchor component={Link} to="/discovery" size="sm" c="dimmed">
                  {t('firstSteps.partnerSearch')}
                </Anchor>
              )}
            </Group>
          </List.Item>
        ))}
      </List>
      {!inSample && (
        <Group mt="md" gap="sm" wrap="nowrap" align="center">
          <Button variant="light" size="xs" loading={opening} onClick={() => void explore()}>
            {t('firstSteps.explore')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('firstSteps.exploreHint')}
          </Text>
        </Group>
      )}
    </Paper>
  );
}
