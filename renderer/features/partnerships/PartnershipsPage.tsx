import { Alert, Anchor, Badge, Button, Group, Text } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statusLabelKey } from '../../i18n/statuses';
import { Link } from 'react-router';
import type { PartnershipSummary } from '../../../shared/domain/partnershipSummary';
import type { PartnershipFilter } from '../../../shared/ipc/channels/partnerships';
import { PageHeader } from '../../components/PageHeader';
import { VirtualTable, type VirtualColumn } from '../../components/VirtualTable';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { KindLabelBadge, StatusLabelBadge } from './PartnershipBadges';
import { PartnershipFilters } from './PartnershipFilters';

export function PartnershipsPage() {
  const { t } = useTranslation('partnerships');
  const format = useFormat();
  const rows = useAppStore((s) => s.partnershipRows);
  const filter = useAppStore((s) => s.partnershipFilter);
  const load = useAppStore((s) => s.loadPartnershipRows);
  const [failure, setFailure] = useState<string | null>(null);

  const apply = useCallback(
    (next?: PartnershipFilter) => {
      setFailure(null);
      load(next).catch((error: unknown) => setFailure(errorMessage(error, t)));
    },
    [load, t],
  );
  useEffect(() => apply(), [apply]);

  // Every track may shrink to its minimum so the registry fits a 1024-pixel window without scrolling sideways.
  const columns: VirtualColumn<PartnershipSummary>[] = [
    {
      key: 'title',
      header: t('list.columns.title'),
      width: 'minmax(120px, 3fr)',
      render: (r) => (
        <Anchor component={Link} to={`/partnerships/${r.id}`} fw={600} title={r.title}>
          {r.title}
        </Anchor>
      ),
    },
    {
      key: 'countries',
      header: t('list.columns.countries'),
      width: 'minmax(85px, 2fr)',
      render: (r) => r.countries.map(format.country).join(', '),
    },
    {
      key: 'kind',
      header: t('list.columns.kind'),
      width: 'minmax(150px, 180px)',
      render: (r) => <KindLabelBadge label={t(`kindShort.${r.kind}`)} full={t(`kind.${r.kind}`)} />,
    },
    {
      key: 'status',
      header: t('list.columns.status'),
      width: 'minmax(150px, 220px)',
      render: (r) => (
        // A quiet link's second badge goes under the status when both do not fit side by side.
        <Group gap={2} wrap="wrap">
          <StatusLabelBadge status={r.status} label={t(statusLabelKey(r.status))} />
          {r.dormant && (
            <Badge color="orange" variant="dot" title={t('list.dormantHint')}>
              {t('list.quiet')}
            </Badge>
          )}
        </Group>
      ),
    },
    {
      key: 'signed',
      header: t('list.columns.signed'),
      width: 'minmax(90px, 130px)',
      render: (r) => (r.firstSigned ? r.firstSigned.slice(0, 4) : '—'),
    },
    {
      key: 'health',
      header: t('list.columns.health'),
      width: 'minmax(65px, 90px)',
      render: (r) => t('list.health', { done: r.healthDone }),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Button component={Link} to="/partnerships/new">
            {t('new')}
          </Button>
        }
      />
      <PartnershipFilters value={filter} onChange={apply} />
      {failure && (
        <Alert color="red" role="alert" mb="sm">
          {failure}
        </Alert>
      )}
      {rows && (
        <Text size="sm" c="dimmed" mb={4} aria-live="polite">
          {t('list.count', { count: rows.length, formatted: format.number(rows.length) })}
        </Text>
      )}
      {rows && rows.length === 0 ? (
        <Text>{Object.values(filter).some(Boolean) ? t('list.noMatch') : t('list.empty')}</Text>
      ) : (
        <VirtualTable
          items={rows ?? []}
          columns={columns}
          rowKey={(r) => r.id}
          label={t('list.label')}
          height="calc(100vh - 300px)"
        />
      )}
    </>
  );
}
