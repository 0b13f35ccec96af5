import {
  Alert,
  Button,
  Group,
  List,
  Loader,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { INCOME_KINDS, type IncomeKind } from '../../../shared/domain/budget/categories';
import type { CurrencyCode } from '../../../shared/domain/money/currencies';
import { formatMoney } from '../../../shared/domain/money/formatMoney';
import type { CofinancingCheckView, CofinancingRecord } from '../../../shared/ipc/channels/moneyViews';
import { AmountField } from '../../components/AmountField';
import { FormFailure } from '../../components/FormFailure';
import { RepeatingRows } from '../../components/RepeatingRows';
import { errorMessage } from '../../forms/useSubmit';
import { useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { useAppStore } from '../../state/store';
import { ApiError, call } from '../../api/client';
import { translateIssues } from '../../forms/validation';
import {
  newShare,
  shareErrorsOf,
  shareRows,
  toDraft,
  type ShareErrors,
  type ShareRow,
} from './cofinancingRows';
import { GrantApplicationField } from './GrantApplicationField';
import { CURRENCY_OPTIONS } from './moneyText';

interface Loaded {
  plan: CofinancingRecord | null;
  check: CofinancingCheckView | null;
}

/**
 * The co-financing plan of a year (or of one activity): who is expected to pay what, a fund's
 * cap and its advance, saved on purpose; below it the check against the budget: gaps, a share
 * over its cap, and what each funder has paid and still owes.
 */
export function CofinancingSection(props: {
  year: number;
  activityId: string | null;
  reporting: CurrencyCode;
}) {
  const { t, i18n } = useTranslation('money');
  const revision = useAppStore((s) => s.moneyRevision);
  const refreshMoney = useAppStore((s) => s.refreshMoney);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [rows, setRows] = useState<ShareRow[]>([]);
  const [errors, setErrors] = useState<ShareErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { year, activityId } = props;

  useEffect(() => {
    let live = true;
    call('cofinancing:get', { year, activityId, reportingCurrency: props.reporting })
      .then((answer) => {
        if (!live) return;
        setLoaded(answer);
        setRows(shareRows(answer.plan?.shares ?? [], i18n.language));
      })
      .catch((error: unknown) => live && setFailure(errorMessage(error, t)));
    return () => {
      live = false;
    };
  }, [year, activityId, props.reporting, revision, i18n.language, t]);
  const saved = loaded ? shareRows(loaded.plan?.shares ?? [], i18n.language) : [];
  const dirty =
    JSON.stringify(rows.map(({ key: _k, ...r }) => r)) !==
    JSON.stringify(saved.map(({ key: _k, ...r }) => r));
  useUnsavedChanges(loaded !== null && dirty, t('pending.cofinancing'));

  if (!loaded) return failure ? <Text c="red">{failure}</Text> : <Loader aria-label={t('common:loading')} />;
  const money = (m: Parameters<typeof formatMoney>[0]) => formatMoney(m, i18n.language);

  async function save() {
    setFailure(null);
    const plan = loaded?.plan;
    const built = toDraft(
      t,
      rows,
      { year, activityId, ...(plan ? { id: plan.id, rev: plan.rev } : {}) },
      i18n.language,
    );
    if (!built.ok) return setErrors(built.errors);
    setErrors({});
    setSaving(true);
    try {
      await call('cofinancing:save', built.draft);
      notifications.show({ color: 'green', message: t('cofinancing.saved') });
      await refreshMoney();
    } catch (error) {
      if (error instanceof ApiError && error.error.issues)
        setErrors(shareErrorsOf(translateIssues(error.error.issues, t)));
      setFailure(errorMessage(error, t));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Stack>
      <Title order={3} size="h5">
        {t('cofinancing.title', { year })}
      </Title>
      <Text size="sm" c="dimmed">
        {t('cofinancing.intro')}
      </Text>
      <RepeatingRows
        legend={t('cofinancing.shares')}
        rows={rows}
        onChange={setRows}
        newRow={newShare}
        rowKey={(r) => r.key}
        addLabel={t('cofinancing.add')}
        removeLabel={(i) => t('cofinancing.remove', { n: i + 1 })}
        rowLabel={(i) => t('cofinancing.row', { n: i + 1 })}
        emptyText={t('cofinancing.empty')}
        renderRow={(row, i, update) => (
          <SimpleGrid cols={{ base: 1, md: 3 }}>
            <Select
              label={t('entry.source')}
              data={INCOME_KINDS.map((k) => ({ value: k, label: t(`incomeKind.${k}`) }))}
              value={row.kind}
              onChange={(v) => v && update({ ...row, kind: v as IncomeKind })}
              allowDeselect={false}
            />
            <TextInput
              label={t('entry.sourceName')}
              value={row.name}
              onChange={(e) => update({ ...row, name: e.currentTarget.value })}
            />
            {row.kind === 'grant' && (
              <GrantApplicationField
                value={row.applicationId}
                onChange={(applicationId) => update({ ...row, applicationId })}
                error={errors[`${i}.source.applicationId`]}
              />
            )}
            <AmountField
              label={t('cofinancing.planned')}
              currencyLabel={t('currency')}
              text={row.amount}
              currency={row.currency}
              currencies={CURRENCY_OPTIONS}
              onText={(amount) => update({ ...row, amount })}
              onCurrency={(currency) => update({ ...row, currency })}
              error={errors[`${i}.amount`]}
            />
            <TextInput
              label={t('cofinancing.cap')}
              description={t('cofinancing.capHint')}
              value={row.cap}
              inputMode="decimal"
              onChange={(e) => update({ ...row, cap: e.currentTarget.value })}
              error={errors[`${i}.cap`]}
            />
            <TextInput
              label={t('cofinancing.advance')}
              description={t('cofinancing.advanceHint')}
              value={row.advance}
              inputMode="decimal"
              onChange={(e) => update({ ...row, advance: e.currentTarget.value })}
              error={errors[`${i}.advance`]}
            />
          </SimpleGrid>
        )}
      />
      <FormFailure title={t('notSaved')} message={failure} />
      <Group justify="flex-end">
        <Button onClick={() => void save()} loading={saving} disabled={!dirty}>
          {t('cofinancing.save')}
        </Button>
      </Group>
      {loaded.check && (
        <>
          {loaded.check.issues.length > 0 && (
            <Alert color="orange" title={t('cofinancing.issuesTitle')}>
              <List size="sm">
                {loaded.check.issues.map((issue) => (
                  <List.Item key={issue.code + ('key' in issue ? issue.key : '')}>
                    {issue.code === 'gap'
                      ? t('cofinancing.gap', { amount: money(issue.missing) })
                      : issue.code === 'surplus'
                        ? t('cofinancing.surplus', { amount: money(issue.extra) })
                        : t('cofinancing.overCap', { planned: money(issue.planned), cap: money(issue.cap) })}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {loaded.check.funders.length > 0 && (
            <Table.ScrollContainer minWidth={560}>
              <Table striped>
                <Table.Caption>
                  {t('cofinancing.fundersCaption', { currency: props.reporting })}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('entry.source')}</Table.Th>
                    <Table.Th ta="right">{t('cofinancing.planned')}</Table.Th>
                    <Table.Th ta="right">{t('cofinancing.received')}</Table.Th>
                    <Table.Th ta="right">{t('cofinancing.advanceDue')}</Table.Th>
                    <Table.Th ta="right">{t('cofinancing.balanceDue')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {loaded.check.funders.map((f) => (
                    <Table.Tr key={f.key}>
                      <Table.Th scope="row" fw={400}>
                        {f.source.name || t(`incomeKind.${f.source.kind}`)}
                      </Table.Th>
                      <Table.Td ta="right">{money(f.planned)}</Table.Td>
                      <Table.Td ta="right">{money(f.received)}</Table.Td>
                      <Table.Td ta="right">{money(f.advanceDue)}</Table.Td>
                      <Table.Td ta="right">{money(f.balanceDue)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </Stack>
  );
}
