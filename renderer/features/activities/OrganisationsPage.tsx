import { Alert, Anchor, Button, Group, Loader, Table, Text, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationRecord } from '../../../shared/ipc/channels/activities';
import { ActionLabel } from '../../components/ActionLabel';
import { ConfirmModal } from '../../components/ConfirmModal';
import { PageHeader } from '../../components/PageHeader';
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
  const [failure, setFailure] = useState<string | null>(null);
  const [editing, setEditing] = useState<OrganisationRecord | 'new' | null>(null);
  const [removing, setRemoving] = useState<OrganisationRecord | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    load().catch((error: unknown) => setFailure(errorMessage(error, t)));
  }, [load, t]);

  async function onRemove() {
    if (!removing) return;
    setBusy(true);
    try {
      await remove(removing.id);
      notifications.show({ color: 'green', message: t('organisations.removed') });
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    } finally {
      setBusy(false);
      setRemoving(null);
    }
  }

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
        onConfirm={() => void onRemove()}
        onCancel={() => setRemoving(null)}
      />
    </>
  );
}
