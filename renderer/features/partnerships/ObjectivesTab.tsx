import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Objective, Partnership } from '../../../shared/domain/partnership';
import { ConfirmModal } from '../../components/ConfirmModal';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { ObjectiveModal } from './ObjectiveModal';
import { themeLabelKey } from '../../i18n/themes';

/** Common objectives agreed with the partner (key 4); they flow into the agreement. */
export function ObjectivesTab({ partnership }: { partnership: Partnership }) {
  const { t } = useTranslation('partnerships');
  const format = useFormat();
  const deleteObjective = useAppStore((s) => s.deleteObjective);
  const [editing, setEditing] = useState<Objective | 'new' | null>(null);
  const [removing, setRemoving] = useState<Objective | null>(null);

  async function onDelete(objective: Objective) {
    try {
      await deleteObjective(partnership.id, objective.id);
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
    }
    setRemoving(null);
  }

  return (
    <>
      <Group justify="space-between" mb="sm">
        <Text size="sm" c="dimmed">
          {t('objectives.intro')}
        </Text>
        <Button onClick={() => setEditing('new')}>{t('objectives.add')}</Button>
      </Group>
      {partnership.objectives.length === 0 ? (
        <Text>{t('objectives.empty')}</Text>
      ) : (
        <Table aria-label={t('tabs.objectives')} striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('objectives.statement')}</Table.Th>
              <Table.Th>{t('objectives.theme')}</Table.Th>
              <Table.Th>{t('objectives.indicator')}</Table.Th>
              <Table.Th>{t('objectives.target')}</Table.Th>
              <Table.Th>{t('objectives.agreedOn')}</Table.Th>
              <Table.Th>{t('common:actions.label')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {partnership.objectives.map((o) => (
              <Table.Tr key={o.id}>
                <Table.Td>{o.statement}</Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(themeLabelKey(o.theme))}</Badge>
                </Table.Td>
                <Table.Td>{o.indicator}</Table.Td>
                <Table.Td>{o.target}</Table.Td>
                <Table.Td>{o.agreedOn ? format.date(o.agreedOn) : t('objectives.notAgreed')}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Button size="xs" variant="default" onClick={() => setEditing(o)}>
                      {t('common:actions.edit')}
                    </Button>
                    <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(o)}>
                      {t('common:actions.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <ObjectiveModal
          partnershipId={partnership.id}
          objective={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmModal
        opened={removing !== null}
        title={t('objectives.deleteTitle')}
        message={t('objectives.deleteMessage', { statement: removing?.statement ?? '' })}
        confirmLabel={t('common:actions.delete')}
        cancelLabel={t('common:actions.cancel')}
        onConfirm={() => removing && void onDelete(removing)}
        onCancel={() => setRemoving(null)}
      />
    </>
  );
}
