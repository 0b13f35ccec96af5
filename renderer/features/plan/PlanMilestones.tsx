import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../../shared/domain/partnership';
import { suggestedMilestones } from '../../../shared/domain/plan/milestones';
import { planYears, type Milestone, type PlanRecord } from '../../../shared/domain/plan/plan';
import { call } from '../../api/client';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { useActivityList } from '../activities/useActivityList';
import { MilestoneDialog } from './MilestoneDialog';

/** The day or year in one column, so the titles line up. */
const WHEN = { flex: 'none', width: 130 } as const;

/** Oldest first; a milestone known by its year alone comes before the days of that year. */
const byWhen = (a: Milestone, b: Milestone) =>
  a.year - b.year || (a.date ?? '').localeCompare(b.date ?? '') || a.title.localeCompare(b.title);

/**
 * The plan's milestones: those kept (suggested anniversaries the committee added, and those it
 * set by hand), each editable and removable with an undo, then the round anniversaries of the
 * plan's years still to add.
 */
export function PlanMilestones({
  plan,
  partnership,
}: {
  plan: PlanRecord;
  partnership: Pick<Partnership, 'id' | 'signings'>;
}) {
  const { t } = useTranslation('plan');
  const format = useFormat();
  const { rows: activities } = useActivityList({ partnershipId: partnership.id });
  const [editing, setEditing] = useState<{ milestone: Milestone | null } | null>(null);
  const suggested = suggestedMilestones(partnership, planYears(plan), plan.milestones);
  const kept = [...plan.milestones].sort(byWhen);
  const when = (m: Pick<Milestone, 'date' | 'year'>) => (m.date ? format.date(m.date) : String(m.year));
  const failed = (error: unknown) =>
    notifications.show({ color: 'red', title: t('notSaved'), message: errorMessage(error, t) });

  const marks = (m: Milestone): string => {
    const link = m.link ?? null;
    if (link === null) return '';
    if (link.kind === 'action') {
      const action = plan.actions.find((a) => a.id === link.actionId);
      return action ? t('milestones.marksAction', { title: action.title }) : '';
    }
    const activity = activities?.find((a) => a.id === link.activityId);
    return activity ? t('milestones.marksActivity', { title: activity.title }) : '';
  };

  const addSuggested = (m: (typeof suggested)[number]) =>
    call('plan:saveMilestone', {
      planId: plan.id,
      rev: plan.rev,
      milestone: { ...m, title: t('milestones.anniversary', { count: m.years }) },
    }).catch(failed);

  async function remove(m: Milestone) {
    try {
      const after = await call('plan:removeMilestone', { planId: plan.id, rev: plan.rev, milestoneId: m.id });
      const { id: _id, ...draft } = m;
      const key = `milestone-removed-${m.id}`;
      notifications.show({
        id: key,
        title: t('milestones.removed', { title: m.title }),
        message: (
          <Button
            size="compact-sm"
            variant="light"
            onClick={() => {
              notifications.hide(key);
              void call('plan:saveMilestone', { planId: plan.id, rev: after.rev, milestone: draft }).catch(
                failed,
              );
            }}
          >
            {t('milestones.undo')}
          </Button>
        ),
      });
    } catch (error) {
      failed(error);
    }
  }

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5">
          {t('milestones.title')}
        </Title>
        <Button
          size="compact-sm"
          variant="light"
          data-add-milestone
          onClick={() => setEditing({ milestone: null })}
        >
          {t('milestones.form.add')}
        </Button>
      </Group>
      {kept.length === 0 && suggested.length === 0 && <Text c="dimmed">{t('milestones.none')}</Text>}
      <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {kept.map((m) => {
          const marked = marks(m);
          return (
            <Group key={m.id} gap="xs" component="li" wrap="nowrap" align="flex-start">
              <Badge variant="light" style={WHEN}>
                {when(m)}
              </Badge>
              <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                <Text>{m.title}</Text>
                {marked && (
                  <Text size="xs" c="dimmed">
                    {marked}
                  </Text>
                )}
              </Stack>
              <Group gap={4} wrap="nowrap">
                <Button
                  size="compact-sm"
                  variant="subtle"
                  aria-label={t('milestones.editOne', { title: m.title })}
                  onClick={() => setEditing({ milestone: m })}
                >
                  {t('common:actions.edit')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="subtle"
                  color="red"
                  aria-label={t('milestones.removeOne', { title: m.title })}
                  onClick={() => void remove(m)}
                >
                  {t('milestones.remove')}
                </Button>
              </Group>
            </Group>
          );
        })}
        {suggested.map((m) => (
          <Group key={`suggested-${m.year}`} gap="xs" component="li">
            <Badge variant="outline" color="gray" style={WHEN}>
              {when(m)}
            </Badge>
            <Text>{t('milestones.anniversary', { count: m.years })}</Text>
            <Button size="compact-sm" variant="light" onClick={() => void addSuggested(m)}>
              {t('milestones.add')}
            </Button>
          </Group>
        ))}
      </Stack>
      {editing && (
        <MilestoneDialog
          plan={plan}
          partnership={partnership}
          milestone={editing.milestone}
          onClose={() => setEditing(null)}
        />
      )}
    </Paper>
  );
}
