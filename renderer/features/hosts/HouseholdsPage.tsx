import { Alert, Anchor, Badge, Button, Group, Loader, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { HouseholdRecord } from '../../../shared/ipc/channels/hosts';
import { ActionLabel } from '../../components/ActionLabel';
import { ConfirmModal } from '../../components/ConfirmModal';
import { PageHeader } from '../../components/PageHeader';
import { useRegister } from '../../forms/useRegister';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { HouseholdDialog } from './HouseholdDialog';
import { refusalMessage } from './refusal';

/** The register of host families, kept from one activity to the next. */
export function HouseholdsPage() {
  const { t } = useTranslation('hosts');
  const format = useFormat();
  const households = useAppStore((s) => s.households);
  const load = useAppStore((s) => s.loadHouseholds);
  const remove = useAppStore((s) => s.removeHousehold);
  const { failure, editing, setEditing, removing, setRemoving, busy, confirmRemove } =
    useRegister<HouseholdRecord>({
      load,
      remove,
      loadFailure: (error) => errorMessage(error, t),
      removed: (h) => t('register.removed', { name: h.name }),
      refused: (error) => refusalMessage(error, t),
    });

  const dates = (h: HouseholdRecord) =>
    h.available
      .map((r) =>
        r.from === r.to
          ? format.date(r.from)
          : t('register.range', { from: format.date(r.from), to: format.date(r.to) }),
      )
      .join('; ');

  return (
    <>
      <Anchor component={Link} to="/activities" size="sm">
        {t('activities:back')}
      </Anchor>
      <PageHeader
        title={t('register.title')}
        actions={
          <Button data-new-household onClick={() => setEditing('new')}>
            {t('register.new')}
          </Button>
        }
      />
      <Text mb="md">{t('register.intro')}</Text>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      {!households && !failure && <Loader aria-label={t('common:loading')} />}
      {households?.length === 0 && <Text c="dimmed">{t('register.empty')}</Text>}
      {households && households.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped aria-label={t('register.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('field.name')}</Table.Th>
                <Table.Th>{t('register.contact')}</Table.Th>
                <Table.Th>{t('field.beds')}</Table.Th>
                <Table.Th>{t('field.available')}</Table.Th>
                <Table.Th>{t('field.languages')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('common:actions.label')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {households.map((h) => (
                <Table.Tr key={h.id}>
                  <Table.Td>
                    <Anchor component="button" type="button" fw={600} ta="left" onClick={() => setEditing(h)}>
                      {h.name}
                    </Anchor>
                    <Group gap={4} mt={2}>
                      {h.minorCheckDate && (
                        <Badge size="sm" variant="light" color="teal">
                          {t('register.checked', { date: format.date(h.minorCheckDate) })}
                        </Badge>
                      )}
                      {h.upcomingGuests > 0 && (
                        <Badge size="sm" variant="light">
                          {t('register.hostsAhead', { count: h.upcomingGuests })}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{[h.contactName, h.phone, h.email, h.town].filter(Boolean).join(' · ')}</Table.Td>
                  <Table.Td>{format.number(h.beds)}</Table.Td>
                  <Table.Td>{dates(h) || t('register.noDates')}</Table.Td>
                  <Table.Td>{h.languages.map(format.language).join(', ')}</Table.Td>
                  <Table.Td>
                    <Group justify="flex-end" gap="xs">
                      <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(h)}>
                        <ActionLabel label={t('register.remove')} target={h.name} />
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <HouseholdDialog household={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      <ConfirmModal
        opened={removing !== null}
        title={t('register.removeTitle')}
        message={t('register.removeMessage', { name: removing?.name ?? '' })}
        confirmLabel={t('common:actions.delete')}
        cancelLabel={t('common:actions.cancel')}
        busy={busy}
        onConfirm={() => void confirmRemove()}
        onCancel={() => setRemoving(null)}
      />
    </>
  );
}
