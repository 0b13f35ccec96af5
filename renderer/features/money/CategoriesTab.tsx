import { Badge, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CategoryView } from '../../../shared/ipc/channels/moneyViews';
import { ConfirmModal } from '../../components/ConfirmModal';
import { FormFailure } from '../../components/FormFailure';
import { errorMessage } from '../../forms/useSubmit';
import { useAppStore } from '../../state/store';
import { CategoryModal } from './CategoryModal';
import { useCategories } from './useCategories';

/**
 * The committee's budget categories: the built-in headings and its own. Each can be renamed
 * and retired (old lines keep it); one of its own that nothing uses can be deleted.
 */
export function CategoriesTab() {
  const { t } = useTranslation('money');
  const categories = useCategories();
  const save = useAppStore((s) => s.saveCategory);
  const remove = useAppStore((s) => s.removeCategory);
  const [editing, setEditing] = useState<CategoryView | 'new' | null>(null);
  const [deleting, setDeleting] = useState<CategoryView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  async function run(work: () => Promise<void>) {
    setFailure(null);
    try {
      await work();
    } catch (error) {
      setFailure(errorMessage(error, t));
    }
  }

  const toggleRetired = (c: CategoryView) =>
    run(() =>
      save({
        ...(c.id && c.rev ? { id: c.id, rev: c.rev } : {}),
        key: c.key,
        name: c.name,
        names: c.names,
        retired: !c.retired,
      }),
    );

  const list = categories.list;
  return (
    <Stack>
      <Text size="sm">{t('categories.intro')}</Text>
      <Group>
        <Button onClick={() => setEditing('new')}>{t('categories.add')}</Button>
      </Group>
      <FormFailure title={t('categories.failed')} message={failure} />
      {!list ? (
        <Loader aria-label={t('common:loading')} />
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('categories.name')}</Table.Th>
                <Table.Th>{t('categories.kind')}</Table.Th>
                <Table.Th>{t('categories.uses')}</Table.Th>
                <Table.Th>{t('categories.status')}</Table.Th>
                <Table.Th>{t('actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((c) => {
                const name = categories.name(c.key);
                return (
                  <Table.Tr key={c.key}>
                    <Table.Td>{name}</Table.Td>
                    <Table.Td>{c.builtIn ? t('categories.builtIn') : t('categories.own')}</Table.Td>
                    <Table.Td>{t('categories.usesCount', { count: c.uses })}</Table.Td>
                    <Table.Td>
                      {c.retired ? (
                        <Badge color="gray" variant="light">
                          {t('categories.retired')}
                        </Badge>
                      ) : (
                        t('categories.active')
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => setEditing(c)}
                          aria-label={`${t('categories.rename')}: ${name}`}
                        >
                          {t('categories.rename')}
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          onClick={() => void toggleRetired(c)}
                          aria-label={`${c.retired ? t('categories.restore') : t('categories.retire')}: ${name}`}
                        >
                          {c.retired ? t('categories.restore') : t('categories.retire')}
                        </Button>
                        {!c.builtIn && (
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            onClick={() =>
                              c.uses > 0
                                ? setFailure(t('categories.inUse', { name, count: c.uses }))
                                : setDeleting(c)
                            }
                            aria-label={`${t('delete')}: ${name}`}
                          >
                            {t('delete')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <CategoryModal category={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      )}
      <ConfirmModal
        opened={deleting !== null}
        title={t('categories.deleteTitle')}
        message={deleting ? t('categories.deleteMessage', { name: categories.name(deleting.key) }) : ''}
        confirmLabel={t('delete')}
        cancelLabel={t('cancel')}
        onConfirm={() => {
          const id = deleting?.id;
          const rev = deleting?.rev;
          setDeleting(null);
          if (id && rev) void run(() => remove(id, rev));
        }}
        onCancel={() => setDeleting(null)}
      />
    </Stack>
  );
}
