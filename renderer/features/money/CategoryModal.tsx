import { Fieldset, Modal, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CATEGORY_LANGUAGES,
  CategoryDraft,
  type CategoryLanguage,
} from '../../../shared/domain/budget/categories';
import type { CategoryView } from '../../../shared/ipc/channels/moneyViews';
import { useSubmit } from '../../forms/useSubmit';
import { useAppStore } from '../../state/store';
import { DialogActions, useDialogGuard } from './useDialogGuard';

const MAX_NAME = 80;
type Names = Record<CategoryLanguage, string>;
const NO_NAMES: Names = { en: '', ro: '', fr: '', de: '' };

/**
 * Adds a category of the committee's own, or renames one (built-in or its own): a name, and
 * optionally its name in each language. The key stays, so every line and report follows.
 */
export function CategoryModal(props: { category: CategoryView | null; onClose(): void }) {
  const { t } = useTranslation('money');
  const save = useAppStore((s) => s.saveCategory);
  const c = props.category;
  const [initial] = useState(() => ({ name: c?.name ?? '', names: { ...NO_NAMES, ...c?.names } }));
  const [values, setValues] = useState(initial);
  const [tooLong, setTooLong] = useState<Record<string, string>>({});
  const dirty = JSON.stringify(values) !== JSON.stringify(initial);
  const guard = useDialogGuard(dirty, t('money:pending.category'), props.onClose);
  const { submit, errors, failure, saving } = useSubmit(CategoryDraft, async (draft) => {
    await save(draft);
    guard.leave();
    props.onClose();
  });

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    // Said here, naming the field, before the schema's generic "at most 80".
    const long: Record<string, string> = {};
    const check = (path: string, label: string, text: string) => {
      if (text.trim().length > MAX_NAME)
        long[path] = t('categories.tooLong', { field: label, count: MAX_NAME });
    };
    check('name', t('categories.name'), values.name);
    for (const l of CATEGORY_LANGUAGES) check(`names.${l}`, t(`categories.nameIn.${l}`), values.names[l]);
    setTooLong(long);
    if (Object.keys(long).length > 0) return;
    await submit({
      ...(c?.id && c.rev ? { id: c.id, rev: c.rev } : {}),
      ...(c ? { key: c.key } : {}),
      name: values.name,
      names: values.names,
      retired: c?.retired ?? false,
    });
  }

  const title = c ? t('categories.editTitle') : t('categories.addTitle');
  const { close } = guard;
  const error = (path: string) => tooLong[path] ?? errors[path];
  return (
    <Modal opened onClose={close} title={title} size="lg" closeButtonProps={{ 'aria-label': t('close') }}>
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack>
          <TextInput
            label={t('categories.name')}
            description={
              c?.builtIn
                ? t('categories.builtInNameHint', { name: t(`category.${c.key}`) })
                : t('categories.ownNameHint')
            }
            value={values.name}
            onChange={(e) => setValues({ ...values, name: e.currentTarget.value })}
            error={error('name')}
            required={!c?.builtIn}
            data-autofocus
          />
          <Fieldset legend={t('categories.namesTitle')} variant="unstyled">
            <Text size="xs" c="dimmed" mb="xs">
              {t('categories.namesHint')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              {CATEGORY_LANGUAGES.map((l) => (
                <TextInput
                  key={l}
                  label={t(`categories.nameIn.${l}`)}
                  lang={l}
                  value={values.names[l]}
                  onChange={(e) =>
                    setValues({ ...values, names: { ...values.names, [l]: e.currentTarget.value } })
                  }
                  error={error(`names.${l}`)}
                />
              ))}
            </SimpleGrid>
          </Fieldset>
          <DialogActions failure={failure} saving={saving} onCancel={close} />
        </Stack>
      </form>
      {guard.confirm}
    </Modal>
  );
}
