import { Group, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLibraryLanguage } from '../../../shared/domain/agreement/clauses';
import {
  LIBRARY_LANGUAGES,
  type AgreementContent,
  type LibraryLanguage,
} from '../../../shared/domain/agreement/model';
import { EUROPEAN_LANGUAGES } from '../../../shared/domain/europe';
import { ConfirmModal } from '../../components/ConfirmModal';
import { intlLocale, useFormat } from '../../i18n/format';
import { capitalize } from './capitalize';
import { chooseLanguage, startFrom, type Edit } from './draftEdits';

interface Props {
  content: AgreementContent;
  onEdit(edit: Edit): void;
}

/** The value of the "starts from" choice for a text the secretary writes from nothing. */
const EMPTY = 'empty';

/**
 * The charter's two languages. A language without a library text starts empty, for the
 * secretary to write; a library text can be copied in as a model to translate from.
 */
export function LanguageFields({ content, onEdit }: Props) {
  const { t, i18n } = useTranslation('agreements');
  const format = useFormat();
  const [rebase, setRebase] = useState<{ lang: string; base: LibraryLanguage | null } | null>(null);
  const option = (code: string) => ({
    value: code,
    label: capitalize(format.language(code), intlLocale(i18n.language)),
  });
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
  const others = [...new Set([...EUROPEAN_LANGUAGES, ...content.languages])].filter(
    (c) => !isLibraryLanguage(c),
  );
  const data = [
    { group: t('setup.libraryLanguages'), items: LIBRARY_LANGUAGES.map(option).sort(byLabel) },
    { group: t('setup.otherLanguages'), items: others.map(option).sort(byLabel) },
  ];
  const bases = [
    { value: EMPTY, label: t('setup.emptyText') },
    ...LIBRARY_LANGUAGES.map(option).sort(byLabel),
  ];

  return (
    <>
      {content.languages.map((lang, slot) => (
        <Group key={slot} gap="xs" align="flex-end" wrap="nowrap">
          <Select
            label={t('setup.language', { n: slot + 1 })}
            data={data}
            value={lang}
            searchable
            allowDeselect={false}
            w={200}
            onChange={(v) => v && onEdit(chooseLanguage(slot as 0 | 1, v))}
          />
          {!isLibraryLanguage(lang) && (
            <Select
              label={t('setup.startsFrom', { language: format.language(lang) })}
              data={bases}
              value={content.texts[lang]?.basedOn ?? EMPTY}
              allowDeselect={false}
              w={220}
              onChange={(v) => {
                if (v === EMPTY) setRebase({ lang, base: null });
                else if (v && isLibraryLanguage(v)) setRebase({ lang, base: v });
              }}
            />
          )}
        </Group>
      ))}
      {content.languages.some((l) => !isLibraryLanguage(l)) && (
        <Text size="xs" c="dimmed" maw={460}>
          {t('setup.otherLanguageHint')}
        </Text>
      )}
      <ConfirmModal
        opened={rebase !== null}
        title={t('setup.rebaseTitle')}
        message={
          rebase
            ? rebase.base
              ? t('setup.rebaseBody', {
                  language: format.language(rebase.lang),
                  base: format.language(rebase.base),
                })
              : t('setup.emptyBody', { language: format.language(rebase.lang) })
            : ''
        }
        confirmLabel={t('setup.rebaseConfirm')}
        cancelLabel={t('common:actions.cancel')}
        onConfirm={() => {
          if (rebase) onEdit(startFrom(rebase.lang, rebase.base));
          setRebase(null);
        }}
        onCancel={() => setRebase(null)}
      />
    </>
  );
}
