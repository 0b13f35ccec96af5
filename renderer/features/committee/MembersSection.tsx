import { Button, Group, Paper, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../shared/domain/committee';
import { ConfirmModal } from '../../components/ConfirmModal';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { MemberModal } from './MemberModal';
import { roleTitle } from '../../i18n/roles';

type Editing = { member: Member | null } | null;

export function MembersSection() {
  const { t } = useTranslation('committee');
  const format = useFormat();
  const members = useAppStore((s) => s.profile?.members ?? []);
  const deleteMember = useAppStore((s) => s.deleteMember);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Member | null>(null);
  const [busy, setBusy] = useState(false);

  async function confirmDelete() {
    if (!deleting) return;
    setBusy(true);
    try {
      await deleteMember(deleting.id);
      setDeleting(null);
    } catch (error) {
      notifications.show({ color: 'red', title: t('notSaved'), message: errorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  }

  const term = (m: Member) =>
    [m.termStart && format.date(m.termStart), m.termEnd && format.date(m.termEnd)]
      .filter(Boolean)
      .join(' – ');

  return (
    <Paper withBorder p="md" aria-labelledby="members-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="members-title">
          {t('members.title')}
        </Title>
        <Button onClick={() => setEditing({ member: null })}>{t('members.add')}</Button>
      </Group>
      {members.length === 0 ? (
        <Text c="dimmed">{t('members.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-labelledby="members-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('members.name')}</Table.Th>
                <Table.Th>{t('members.role')}</Table.Th>
                <Table.Th>{t('members.email')}</Table.Th>
                <Table.Th>{t('members.phone')}</Table.Th>
                <Table.Th>{t('members.term')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('common:actions.label')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td>{roleTitle(t, m.role, m.address)}</Table.Td>
                  {/* An address or number broken over two lines is easy to copy wrongly. */}
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{m.email}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{m.phone}</Table.Td>
                  <Table.Td>{term(m)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" justify="flex-end" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => setEditing({ member: m })}
                        aria-label={t('members.editNamed', { name: m.name })}
                      >
                        {t('common:actions.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="light"
                        color="red"
                        onClick={() => setDeleting(m)}
                        aria-label={t('members.deleteNamed', { name: m.name })}
                      >
                        {t('common:actions.delete')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && <MemberModal member={editing.member} onClose={() => setEditing(null)} />}
      <ConfirmModal
        opened={deleting !== null}
        title={t('members.deleteTitle')}
        message={t('members.deleteMessage', { name: deleting?.name ?? '' })}
        confirmLabel={t('common:actions.delete')}
        cancelLabel={t('common:actions.cancel')}
        busy={busy}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      />
    </Paper>
  );
}
