import { Alert, Anchor, Button, Group, Loader, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationRecord } from '../../../shared/ipc/channels/activities';
import { ActionLabel } from '../../components/ActionLabel';
import { ConfirmModal } from '../../components/ConfirmModal';
import { PageHeader } from '../../components/PageHeader';
import { useRegister } from '../../forms/useRegister';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { OrganisationModal } from './OrganisationModal';

/** The register of local organisations that take part in activities. */
export function OrganisationsPage() {
  const { t } = useTranslation('activities');
  const format = useFormat();
  const organisations = useAppStore((s) => s.organisations);
  const load = useAppStore((s) => s.loadOrganisations);
  const remove = useAppStore((s) => s.removeOrganisation);
  const { failure, editing, setEditing, removing, setRemoving, busy, confirmRemove } =
    useRegister<OrganisationRecord>({
      load,
      remove,
      loadFailure: (error) => errorMessage(error, t),
      removed: () => t('organisations.removed'),
      refused: (error) => errorMessage(error, t),
    });

  return (
    <>
      <Anchor component={Link} to="/activities" size="sm">
        {t('back')}
      </Anchor>
      <PageHeader
        title={t('organisations.title')}
        actions={<Button onClick={() => setEditing('new')}>{t('organisations.new')}</Button>}
      />
      <Text mb="md">{t('organisations.intro')}</Text>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      {!organisations && !failure && <Loader aria-label={t('common:loading')} />}
      {organisations?.length === 0 && <Text c="dimmed">{t('organisations.empty')}</Text>}
      {organisations && organisations.length > 0 && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('organisations.name')}</Table.Th>
              <Table.Th>{t('organisations.kind')}</Table.Th>
              <Table.Th>{t('organisations.town')}</Table.Th>
              <Table.Th>{t('organisations.contactName')}</Table.Th>
              <Table.Th>
                <VisuallyHidden>{t('common:actions.label')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {organisations.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>
                  <Anchor component="button" type="button" fw={600} onClick={() => setEditing(o)}>
                    {o.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{t(`organisations.kinds.${o.kind}`)}</Table.Td>
                <Table.Td>
                  {[o.town, o.country ? format.country(o.country) : ''].filter(Boolean).join(', ')}
                </Table.Td>
                <Table.Td>{[o.contactName, o.email, o.phone].filter(Boolean).join(' · ')}</Table.Td>
                <Table.Td>
                  <Group justify="flex-end" gap="xs">
                    <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(o)}>
                      <ActionLabel label={t('organisations.remove')} target={o.name} />
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <OrganisationModal
          organisation={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmModal
        opened={removing !== null}
        title={t('organisations.removeTitle')}
        message={t('organisations.removeMessage', { name: removing?.name ?? '' })}
        confirmLabel={t('common:actions.delete')}
        cancelLabel={t('common:actions.cancel')}
        busy={busy}
        onConfirm={() => void confirmRemove()}
        onCancel={() => setRemoving(null)}
      />
    </>
  );
}
