import { Anchor, Badge, Button, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ageBandOn, photoConsentGiven } from '../../../shared/domain/activities/participant';
import type { ParticipantRecord } from '../../../shared/ipc/channels/participants';
import { ActionLabel } from '../../components/ActionLabel';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { useFormat } from '../../i18n/format';

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
  const columns = useMemo<VirtualColumn<ParticipantRecord>[]>(
    () => [
      {
        key: 'name',
        header: t('field.name'),
        width: '2fr',
        render: (p) => (
          <Anchor component="button" type="button" onClick={() => onEdit(p)} fw={600} size="sm">
            {p.name}
          </Anchor>
        ),
      },
      {
        key: 'town',
        header: t('column.town'),
        width: '2fr',
        render: (p) => (
          <Text size="sm" truncate>
            {[p.town, p.country ? format.country(p.country) : ''].filter(Boolean).join(', ')}
          </Text>
        ),
      },
      { key: 'role', header: t('field.role'), width: '1.4fr', render: (p) => t(`role.${p.role}`) },
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
        width: '1.1fr',
        render: (p) => (
          <Badge variant="light" color={STATE_TINT[p.registration]}>
            {t(`state.${p.registration}`)}
          </Badge>
        ),
      },
      {
        key: 'stay',
        header: t('column.stay'),
        width: '1.6fr',
        render: (p) =>
          p.arrival || p.departure
            ? [p.arrival, p.departure].map((d) => (d ? format.date(d) : '…')).join(' – ')
            : '—',
      },
      {
        key: 'photos',
        header: t('column.photos'),
        width: '0.9fr',
        render: (p) => (photoConsentGiven(p, startDate) ? t('column.photosYes') : t('column.photosNo')),
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
    [t, format, startDate, onEdit, onDelete],
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
