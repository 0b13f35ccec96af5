import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applicationStatusLabelKey } from '../../i18n/statuses';
import { ApiError, call } from '../../api/client';
import { isStepBack, nextSteps, type ApplicationStatus } from '../../../shared/domain/funding/application';
import { CURRENCY_CODES, exponentOf, isCurrencyCode, type CurrencyCode } from '../../../shared/domain/money';
import { translateIssues, type FieldErrors } from '../../forms/validation';
import type { ApplicationView } from '../../../shared/ipc/channels/funding';
import { DateField } from '../../components/DateField';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** What the award step starts from: the amount awarded so far, else the amount requested. */
function awardStart(a: ApplicationView): { amount: number | ''; currency: CurrencyCode } {
  const m = a.amounts.awarded ?? a.amounts.requested;
  const currency =
    m?.currency ?? Object.values(a.amounts).find((x) => x)?.currency ?? a.plannedCosts?.currency ?? 'EUR';
  const code = isCurrencyCode(currency) ? currency : 'EUR';
  return { amount: m ? m.amount / 10 ** exponentOf(code) : '', currency: code };
}

/**
 * The application's lifecycle: the steps it may take next (forward first, a step back last and
 * quieter), each dated, the award with the amount the decision gives, and its history.
 */
export function StatusPanel({
  application,
  onMoved,
}: {
  application: ApplicationView;
  onMoved(a: ApplicationView): void;
}) {
  const { t } = useTranslation('funding');
  const format = useFormat();
  const [moving, setMoving] = useState<ApplicationStatus | null>(null);
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [award, setAward] = useState(() => awardStart(application));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** The award's amount in minor units, or the message naming what is missing. */
  const awarded = () => {
    if (award.amount === '') return { error: t('errors:field.awarded_required') };
    const amount = Math.round(award.amount * 10 ** exponentOf(award.currency));
    if (amount <= 0) return { error: t('errors:field.awarded_not_positive') };
    return { money: { amount, currency: award.currency } };
  };

  async function move() {
    if (!moving) return;
    const money = moving === 'awarded' ? awarded() : null;
    if (money?.error) {
      setErrors({ 'awarded.amount': money.error });
      return;
    }
    setErrors({});
    setFailure(null);
    setBusy(true);
    try {
      const moved = await call('funding:setApplicationStatus', {
        id: application.id,
        rev: application.rev,
        status: moving,
        date,
        note,
        ...(money?.money ? { awarded: money.money } : {}),
      });
      notifications.show({
        color: 'green',
        message: t('detail.moved', { status: t(applicationStatusLabelKey(moving)) }),
      });
      setMoving(null);
      onMoved(moved);
    } catch (e) {
      const fields = e instanceof ApiError && e.error.issues ? translateIssues(e.error.issues, t) : {};
      setErrors(fields);
      if (Object.keys(fields).length === 0) setFailure(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md">
      <Title order={3} mb="xs">
        {t('detail.history')}
      </Title>
      <Group mb="sm">
        {nextSteps(application.status).map((s) => (
          <Button
            key={s}
            variant={isStepBack(application.status, s) ? 'subtle' : 'light'}
            color={isStepBack(application.status, s) ? 'gray' : undefined}
            onClick={() => {
              setMoving(s);
              setDate(today());
              setNote('');
              setAward(awardStart(application));
              setErrors({});
              setFailure(null);
            }}
          >
            {t('detail.moveTo', { status: t(applicationStatusLabelKey(s)) })}
          </Button>
        ))}
      </Group>
      <Table>
        <Table.Tbody>
          {[...application.history].reverse().map((h, i) => (
            <Table.Tr key={i}>
              <Table.Td w={160}>{format.date(h.date)}</Table.Td>
              <Table.Td fw={600}>{t(applicationStatusLabelKey(h.status))}</Table.Td>
              <Table.Td>{h.note}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Modal
        opened={moving !== null}
        onClose={() => setMoving(null)}
        title={moving ? t('detail.moveTitle', { status: t(applicationStatusLabelKey(moving)) }) : ''}
      >
        <Stack>
          <DateField
            label={t('detail.moveDate')}
            value={date}
            onChange={setDate}
            required
            error={errors.date}
          />
          {moving === 'awarded' && (
            <Group align="flex-start" wrap="nowrap">
              <NumberInput
                label={t('detail.awardedAmount')}
                description={t('detail.awardedHint')}
                required
                min={0}
                decimalScale={exponentOf(award.currency)}
                value={award.amount}
                onChange={(v) => setAward((a) => ({ ...a, amount: typeof v === 'number' ? v : '' }))}
                error={errors['awarded.amount'] ?? errors.awarded}
                style={{ flex: 1 }}
              />
              <Select
                label={t('form.currency')}
                data={[...CURRENCY_CODES]}
                value={award.currency}
                allowDeselect={false}
                searchable
                onChange={(v) => v && isCurrencyCode(v) && setAward((a) => ({ ...a, currency: v }))}
                error={errors['awarded.currency']}
                w={110}
              />
            </Group>
          )}
          <Textarea
            label={t('detail.moveNote')}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          {(failure ?? errors.status) && (
            <Alert color="red" role="alert">
              {failure ?? errors.status}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setMoving(null)}>
              {t('common:actions.cancel')}
            </Button>
            <Button loading={busy} onClick={() => void move()}>
              {moving ? t(applicationStatusLabelKey(moving)) : ''}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}
