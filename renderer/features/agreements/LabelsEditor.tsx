import { TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LABEL_KEYS, type AgreementContent } from '../../../shared/domain/agreement/model';
import { intlLocale, useFormat } from '../../i18n/format';
import { capitalize } from './capitalize';
import { editLabel, resetLabels, type Edit } from './draftEdits';
import { LanguageColumn, LanguageColumns, LanguageHeader } from './LanguageColumns';

/** The short printed texts (title, "Article {n}", page numbers, signature captions) in both languages. */
export function LabelsEditor({
  content,
  flagged,
  invalid = {},
  onEdit,
}: {
  content: AgreementContent;
  flagged: ReadonlySet<string>;
  /** Messages of fields the core would refuse, by path ("texts.de.labels.title"). */
  invalid?: Readonly<Record<string, string>>;
  onEdit(edit: Edit): void;
}) {
  const { t, i18n } = useTranslation('agreements');
  const format = useFormat();
  return (
    <LanguageColumns rows={LABEL_KEYS.length + 1} gap="6px">
      {content.languages.map((lang) => (
        <LanguageColumn key={lang} label={t('clauses.labelsIn', { language: format.language(lang) })}>
          <LanguageHeader
            language={capitalize(format.language(lang), intlLocale(i18n.language))}
            onReset={() => onEdit(resetLabels(lang))}
          />
          {LABEL_KEYS.map((key) => (
            <TextInput
              key={key}
              size="xs"
              label={t(`labels.${key}`)}
              value={content.texts[lang]?.labels[key] ?? ''}
              error={
                invalid[`texts.${lang}.labels.${key}`] ??
                (flagged.has(`${lang}.${key}`) ? t('clauses.needsAttention') : undefined)
              }
              onChange={(e) => onEdit(editLabel(lang, key, e.currentTarget.value))}
            />
          ))}
        </LanguageColumn>
      ))}
    </LanguageColumns>
  );
}
