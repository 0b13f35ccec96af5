import { Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../shared/domain/money/formatMoney';
import type { BudgetLineRecord } from '../../../shared/ipc/channels/moneyViews';
import { ConfirmModal } from '../../components/ConfirmModal';
import { useAppStore } from '../../state/store';
import { BudgetLineModal } from './BudgetLineModal';
import { useCategories } from './useCategories';

/** The year's planned lines, each in its own currency, to add, change or delete. */
export function BudgetLinesTable(props: {
  year: number;
  lines: readonly BudgetLineRecord[];
  /** On an activity's Budget tab: new lines belong to it. */
  activityId?: string;
}) {
  const { t, i18n } = useTranslation('money');
  const categories = useCategories();
  const remove = useAppStore((s) => s.removeBudgetLine);
  const [editing, setEditing] = useState<BudgetLineRecord | 'new' | null>(null);
  const [deleting, setDeleting] = useState<BudgetLineRecord | null>(null);
  return (
    <>
      <Group justify="space-between" mb="xs">
        <Text fw={600} component="h3" size="lg" m={0}>
          {t('budget.linesTitle', { year: props.year })}
        </Text>
        <Button onClick={() => setEditing('new')}>{t('line.add')}</Button>
      </Group>
      {props.lines.length === 0 ? (
        <Text size="sm">{t('budget.noLines', { year: props.year })}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('line.category')}</Table.Th>
                <Table.Th>{t('line.description')}</Table.Th>
                <Table.Th ta="right">{t('line.planned')}</Table.Th>
                <Table.Th>{t('actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.lines.map((line) => (
                <Table.Tr key={line.id}>
                  <Table.Td>{categories.name(line.category)}</Table.Td>
                  <Table.Td>{line.description}</Table.Td>
                  <Table.Td ta="right">{formatMoney(line.planned, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button size="xs" variant="subtle" onClick={() => setEditing(line)}>
                        {t('edit')}
                      </Button>
                      <Button size="xs" variant="subtle" color="red" onClick={() => setDeleting(line)}>
                        {t('delete')}
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
        <BudgetLineModal
          year={props.year}
          line={editing === 'new' ? null : editing}
          activityId={props.activityId ?? null}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmModal
        opened={deleting !== null}
        title={t('line.deleteTitle')}
        message={
          deleting
            ? t('line.deleteMessage', {
                category: categories.name(deleting.category),
                amount: formatMoney(deleting.planned, i18n.language),
              })
            : ''
        }
        confirmLabel={t('delete')}
        cancelLabel={t('cancel')}
        onConfirm={() => {
          if (deleting) void remove(deleting.id, deleting.rev);
          setDeleting(null);
        }}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
}
