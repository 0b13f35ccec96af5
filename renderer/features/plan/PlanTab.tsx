import { Alert, Badge, Button, Group, Loader, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partnership } from '../../../shared/domain/partnership';
import { planYears, type PlanAction, type PlanRecord } from '../../../shared/domain/plan/plan';
import { call } from '../../api/client';
import { errorMessage } from '../../forms/useSubmit';
import { PLAN_ACTION_STATUSES } from '../../i18n/statuses';
import { useMembers } from './useMembers';
import { usePlanning } from '../team/usePlanning';
import { memberName } from './memberOptions';
import { PlanActionDialog } from './PlanActionDialog';
import { PlanMilestones } from './PlanMilestones';
import { PlanReviewDialog } from './PlanReviewDialog';
import { PlanYearsTable } from './PlanYearsTable';

type Dialog = { kind: 'action'; action: PlanAction | null; year: number } | { kind: 'review' } | null;

/** The Plan tab of a partnership: the rolling three-year plan, its milestones and yearly reviews. */
export function PlanTab({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation('plan');
  const { data: plan, failed } = usePlanning('plan:get', { partnershipId: partnership.id });
  if (failed !== null)
    return (
      <Alert color="red" role="alert">
        {errorMessage(failed, t)}
      </Alert>
    );
  if (plan === undefined) return <Loader aria-label={t('common:loading')} />;
  return plan ? (
    <PlanView plan={plan} partnership={partnership} />
  ) : (
    <StartPlan partnershipId={partnership.id} />
  );
}

function StartPlan({ partnershipId }: { partnershipId: string }) {
  const { t } = useTranslation('plan');
  const year = new Date().getFullYear();
  const [first, setFirst] = useState(String(year));
  const [busy, setBusy] = useState(false);
  async function start() {
    setBusy(true);
    try {
      await call('plan:start', { partnershipId, firstYear: Number(first) });
    } catch (error) {
      notifications.show({ color: 'red', title: t('notSaved'), message: errorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Paper withBorder p="md" maw={640}>
      <Text mb="sm">{t('start.intro')}</Text>
      <Group align="flex-end">
        <Select
          label={t('start.firstYear')}
          data={[year - 1, year, year + 1].map((y) => ({ value: String(y), label: String(y) }))}
          value={first}
          onChange={(v) => v && setFirst(v)}
          allowDeselect={false}
          w={160}
        />
        <Button onClick={() => void start()} loading={busy}>
          {t('start.button')}
        </Button>
      </Group>
    </Paper>
  );
}

function PlanView({ plan, partnership }: { plan: PlanRecord; partnership: Partnership }) {
  const { t } = useTranslation('plan');
  const members = useMembers();
  const [dialog, setDialog] = useState<Dialog>(null);
  const years = planYears(plan);
  const guarded = async (run: () => Promise<unknown>) => {
    try {
      await run();
    } catch (error) {
      notifications.show({ color: 'red', title: t('notSaved'), message: errorMessage(error, t) });
    }
  };
  return (
    <Stack>
      <Group justify="space-between">
        <Text>{t('intro', { first: years[0], last: years[2] })}</Text>
        <Button onClick={() => setDialog({ kind: 'review' })}>
          {t('review.open', { year: plan.firstYear })}
        </Button>
      </Group>
      <PlanMilestones plan={plan} partnership={partnership} />
      {years.map((year) => {
        const actions = plan.actions.filter((a) => a.year === year);
        return (
          <Paper withBorder p="md" key={year}>
            <Group justify="space-between" mb="xs">
              <Title order={3} size="h5">
                {t('year', { year })}
              </Title>
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => setDialog({ kind: 'action', action: null, year })}
              >
                {t('action.addIn', { year })}
              </Button>
            </Group>
            {actions.length === 0 ? (
              <Text c="dimmed">{t('action.none')}</Text>
            ) : (
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('action.title')}</Table.Th>
                    <Table.Th>{t('action.owner')}</Table.Th>
                    <Table.Th>{t('action.status')}</Table.Th>
                    <Table.Th>{t('action.serves')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {actions.map((a) => (
                    <Table.Tr key={a.id}>
                      <Table.Td>
                        {a.title}
                        {a.carried > 0 && (
                          <Text size="xs" c="dimmed">
                            {t('action.carried', { count: a.carried })}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td>
                        {memberName(members, a.ownerId) ||
                          (a.formerOwner ? t('action.formerOwner', { name: a.formerOwner }) : '—')}
                      </Table.Td>
                      <Table.Td>
                        <Badge variant="light" color={PLAN_ACTION_STATUSES[a.status].colour}>
                          {t(PLAN_ACTION_STATUSES[a.status].labelKey)}
                        </Badge>
                      </Table.Td>
                      <Table.Td>
                        {t('action.objectivesCount', { count: a.objectiveIds.length })},{' '}
                        {t('action.activitiesCount', { count: a.activityIds.length })}
                      </Table.Td>
                      <Table.Td>
                        <Group gap={4} justify="flex-end" wrap="nowrap">
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            onClick={() => setDialog({ kind: 'action', action: a, year })}
                          >
                            {t('common:actions.edit')}
                          </Button>
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            onClick={() =>
                              void guarded(() =>
                                call('plan:removeAction', { planId: plan.id, rev: plan.rev, actionId: a.id }),
                              )
                            }
                          >
                            {t('common:actions.delete')}
                          </Button>
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        );
      })}
      <PlanYearsTable plan={plan} />
      {dialog?.kind === 'action' && (
        <PlanActionDialog
          plan={plan}
          partnership={partnership}
          action={dialog.action}
          year={dialog.year}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'review' && <PlanReviewDialog plan={plan} onClose={() => setDialog(null)} />}
    </Stack>
  );
}
