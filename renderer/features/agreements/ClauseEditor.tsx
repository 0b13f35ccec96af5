import { Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementContent, ClauseKey } from '../../../shared/domain/agreement/model';
import { intlLocale, useFormat } from '../../i18n/format';
import { capitalize } from './capitalize';
import { editClause, resetClause, type Edit } from './draftEdits';
import { LanguageColumn, LanguageColumns, LanguageHeader } from './LanguageColumns';

interface Props {
  content: AgreementContent;
  clause: ClauseKey;
  /** Languages in which the print check found this clause wanting. */
  flagged: ReadonlySet<string>;
  /** Messages of fields the core would refuse, by path ("texts.de.clauses.preamble.body"). */
  invalid?: Readonly<Record<string, string>>;
  onEdit(edit: Edit): void;
}

/** One clause in both languages side by side, each with its way back to the library's wording. */
export function ClauseEditor({ content, clause, flagged, invalid = {}, onEdit }: Props) {
  const { t, i18n } = useTranslation('agreements');
  const format = useFormat();
  return (
    <LanguageColumns rows={3} gap="var(--mantine-spacing-xs)">
      {content.languages.map((lang) => {
        const language = format.language(lang);
        const text = content.texts[lang]?.clauses[clause] ?? { heading: '', body: '' };
        const at = `texts.${lang}.clauses.${clause}`;
        return (
          <LanguageColumn
            key={lang}
            label={t('clauses.inLanguage', { clause: t(`clauses.${clause}`), language })}
          >
            <LanguageHeader
              language={capitalize(language, intlLocale(i18n.language))}
              onReset={() => onEdit(resetClause(lang, clause))}
            />
            <TextInput
              label={t('clauses.heading')}
              value={text.heading}
              error={invalid[`${at}.heading`]}
              onChange={(e) => onEdit(editClause(lang, clause, { heading: e.currentTarget.value }))}
            />
            <Textarea
              label={t('clauses.body')}
              value={text.body}
              autosize
              minRows={10}
              maxRows={26}
              error={invalid[`${at}.body`] ?? (flagged.has(lang) ? t('clauses.needsAttention') : undefined)}
              onChange={(e) => onEdit(editClause(lang, clause, { body: e.currentTarget.value }))}
              styles={{ input: { fontSize: 13, lineHeight: 1.45 } }}
            />
          </LanguageColumn>
        );
      })}
    </LanguageColumns>
  );
}
