import { Anchor, Badge, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTLIST_STATUSES, shortlistStatusLabelKey } from '../../i18n/statuses';
import { Link } from 'react-router';
import type { ShortlistEntry } from '../../../shared/domain/shortlist';
import { ActionLabel } from '../../components/ActionLabel';
import { ConfirmModal } from '../../components/ConfirmModal';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { CreatePartnershipModal } from './CreatePartnershipModal';
import { ShortlistModal, type ShortlistTarget } from './ShortlistModal';
import { themeLabelKey } from '../../i18n/themes';

/** The candidates kept for the council, with notes, status and the step to a partnership. */
export function ShortlistTab() {
  const { t } = useTranslation('discovery');
  const format = useFormat();
  const shortlist = useAppStore((s) => s.shortlist) ?? [];
  const remove = useAppStore((s) => s.deleteShortlistEntry);
  const [editing, setEditing] = useState<ShortlistTarget | null>(null);
  const [creating, setCreating] = useState<ShortlistEntry | null>(null);
  const [removing, setRemoving] = useState<ShortlistEntry | null>(null);

  if (shortlist.length === 0) return <Text>{t('shortlist.empty')}</Text>;
  return (
    <>
      {/* On a narrow window the table scrolls sideways instead of squeezing the notes to a word a line. */}
      <Table.ScrollContainer minWidth={860}>
        <Table striped aria-label={t('shortlist.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('shortlist.town')}</Table.Th>
              <Table.Th>{t('shortlist.status')}</Table.Th>
              <Table.Th>{t('shortlist.themes')}</Table.Th>
              <Table.Th>{t('shortlist.notes')}</Table.Th>
              <Table.Th>{t('shortlist.score')}</Table.Th>
              <Table.Th>{t('common:actions.label')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shortlist.map((e) => (
              <Table.Tr key={e.id}>
                <Table.Td>
                  <Text fw={600}>{e.place.name}</Text>
                  <Text size="xs" c="dimmed">
                    {[e.place.region, format.country(e.place.country)].filter(Boolean).join(', ')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {/* Never cut to "CONSIDER…": the badge keeps its whole word. */}
                  <Badge
                    color={SHORTLIST_STATUSES[e.status].colour}
                    variant="dot"
                    style={{ minWidth: 'max-content' }}
                  >
                    {t(shortlistStatusLabelKey(e.status))}
                  </Badge>
                </Table.Td>
                <Table.Td>{e.themes.map((th) => t(themeLabelKey(th))).join(', ')}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap', minWidth: 180, maxWidth: 280 }}>
                  {e.notes}
                </Table.Td>
                <Table.Td>{e.scoreWhenAdded ?? '—'}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() => setEditing({ place: e.place, entry: e, score: e.scoreWhenAdded })}
                    >
                      <ActionLabel label={t('common:actions.edit')} target={e.place.name} />
                    </Button>
                    {e.partnershipId ? (
                      <Anchor component={Link} to={`/partnerships/${e.partnershipId}`} size="sm">
                        {t('shortlist.openPartnership')}
                      </Anchor>
                    ) : (
                      <Button size="xs" onClick={() => setCreating(e)}>
                        <ActionLabel label={t('shortlist.create')} target={e.place.name} />
                      </Button>
                    )}
                    <Button size="xs" color="red" variant="subtle" onClick={() => setRemoving(e)}>
                      <ActionLabel label={t('common:actions.delete')} target={e.place.name} />
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ShortlistModal target={editing} onClose={() => setEditing(null)} />
      <CreatePartnershipModal entry={creating} onClose={() => setCreating(null)} />
      <ConfirmModal
        opened={removing !== null}
        title={t('shortlist.removeTitle', { name: removing?.place.name ?? '' })}
        message={t('shortlist.removeBody')}
        confirmLabel={t('common:actions.delete')}
        cancelLabel={t('common:actions.cancel')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) void remove(removing.id).finally(() => setRemoving(null));
        }}
      />
    </>
  );
}
