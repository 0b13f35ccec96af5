import { Anchor, Badge, Button, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ageBandOn } from '../../../shared/domain/activities/participant';
import type { ParticipantRecord } from '../../../shared/ipc/channels/participants';
import { ActionLabel } from '../../components/ActionLabel';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { intlLocale, useFormat } from '../../i18n/format';

const STATE_TINT = {
  invited: 'gray',
  registered: 'blue',
  confirmed: 'teal',
  attended: 'green',
  cancelled: 'red',
} as const;

/** The register: only the rows in view are drawn, so thousands of people stay quick. */
export function ParticipantTable({
  rows,
  startDate,
  onEdit,
  onDelete,
}: {
  rows: readonly ParticipantRecord[];
  startDate: string;
  onEdit(p: ParticipantRecord): void;
  onDelete(p: ParticipantRecord): void;
}) {
  const { t } = useTranslation('participants');
  const format = useFormat();
  const { i18n } = useTranslation();
  const stay = useMemo(() => {
    // "10–13 Jun": the register shows the stay short; the dialog shows it whole.
    const short = new Intl.DateTimeFormat(intlLocale(i18n.language), {
      day: 'numeric',
      month: 'short',
      timeZone: 'UTC',
    });
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    return (from: string | null, to: string | null) =>
      from && to
        ? short.formatRange(day(from), day(to))
        : from
          ? `${short.format(day(from))} –`
          : to
            ? `– ${short.format(day(to))}`
            : '—';
  }, [i18n.language]);
  const columns = useMemo<VirtualColumn<ParticipantRecord>[]>(
    () => [
      {
        key: 'name',
        header: t('field.name'),
        width: '2fr',
        render: (p) => (
          <Anchor
            component="button"
            type="button"
            onClick={() => onEdit(p)}
            fw={600}
            truncate
            maw="100%"
            title={p.name}
          >
            {p.name}
          </Anchor>
        ),
      },
      {
        key: 'town',
        header: t('column.town'),
        width: '1.7fr',
        render: (p) => {
          const where = [p.town, p.country ? format.country(p.country) : ''].filter(Boolean).join(', ');
          return (
            <Text truncate title={where}>
              {where}
            </Text>
          );
        },
      },
      {
        key: 'role',
        header: t('field.role'),
        width: '1.4fr',
        render: (p) => (
          <Text truncate title={t(`role.${p.role}`)}>
            {t(`role.${p.role}`)}
          </Text>
        ),
      },
      { key: 'origin', header: t('field.origin'), width: '1fr', render: (p) => t(`origin.${p.origin}`) },
      {
        key: 'age',
        header: t('column.age'),
        width: '1fr',
        render: (p) => {
          const band = ageBandOn(p, startDate);
          return band ? t(`age.${band}`) : '—';
        },
      },
      {
        key: 'state',
        header: t('field.registration'),
        width: '1.3fr',
        render: (p) => (
          <Badge size="sm" variant="light" color={STATE_TINT[p.registration]}>
            {t(`state.${p.registration}`)}
          </Badge>
        ),
      },
      {
        key: 'stay',
        header: t('column.stay'),
        width: '1.3fr',
        render: (p) => stay(p.arrival, p.departure),
      },
      {
        key: 'actions',
        header: t('column.actions'),
        width: '96px',
        render: (p) => (
          <Button size="compact-sm" variant="subtle" color="red" onClick={() => onDelete(p)}>
            <ActionLabel label={t('common:actions.delete')} target={p.name} />
          </Button>
        ),
      },
    ],
    [t, format, stay, startDate, onEdit, onDelete],
  );
  return (
    <VirtualTable
      items={rows}
      columns={columns}
      rowKey={(p) => p.id}
      label={t('table')}
      height={Math.min(520, 48 * Math.max(rows.length, 1) + 4)}
    />
  );
}
