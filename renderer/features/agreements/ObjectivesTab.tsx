import { Alert, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreementContent, AgreementVersion } from '../../../shared/domain/agreement/model';
import { objectiveChanges } from '../../../shared/domain/agreement/objectiveChanges';
import { useFormat } from '../../i18n/format';
import { editObjectiveTexts, type Edit } from './draftEdits';

interface Props {
  content: AgreementContent;
  versions: readonly AgreementVersion[];
  /** "objectives.0.texts.de": texts the print check asks for. */
  flagged: ReadonlySet<string>;
  /** Saves an objective's texts on the partnership (they feed every charter of the link). */
  onSaveTexts(id: string, texts: Record<string, string>): Promise<void>;
  onEdit(edit: Edit): void;
}

/**
 * The partnership's common objectives as the charter lists them, one text per charter
 * language. The charter always follows the objectives; a kept version keeps its own.
 */
export function ObjectivesTab({ content, versions, flagged, onSaveTexts, onEdit }: Props) {
  const { t } = useTranslation('agreements');
  const format = useFormat();
  const [failed, setFailed] = useState<string | null>(null);
  const changes = objectiveChanges(content.objectives, versions, content.languages);
  const first = content.languages[0];

  async function save(id: string, lang: string, value: string) {
    const objective = content.objectives.find((o) => o.id === id);
    if (!objective || (objective.texts[lang] ?? '') === value) return;
    const texts = { ...objective.texts, [lang]: value };
    onEdit(editObjectiveTexts(id, texts));
    try {
      setFailed(null);
      await onSaveTexts(id, texts);
    } catch {
      setFailed(t('objectives.saveFailed'));
    }
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" maw={720}>
        {t('objectives.hint')}
      </Text>
      {changes && (
        <Alert color="yellow" role="status">
          {t('objectives.changed', {
            version: changes.version,
            added: changes.added,
            removed: changes.removed,
            changed: changes.changed,
          })}
        </Alert>
      )}
      {failed && (
        <Alert color="red" role="alert">
          {failed}
        </Alert>
      )}
      {content.objectives.length === 0 && <Text size="sm">{t('objectives.none')}</Text>}
      {content.objectives.map((o, i) => (
        <Paper key={o.id} withBorder p="sm">
          <Title order={3} size="h6" mb={4}>
            {t('objectives.item', { n: i + 1 })}
          </Title>
          <Text size="sm" mb="xs">
            {o.statement}
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
            {content.languages.map((lang) => (
              <Textarea
                key={`${o.id}-${lang}-${o.texts[lang] ?? ''}`}
                label={t('objectives.textIn', { language: format.language(lang) })}
                placeholder={lang === first ? o.statement : undefined}
                defaultValue={o.texts[lang] ?? ''}
                autosize
                minRows={2}
                error={flagged.has(`objectives.${i}.texts.${lang}`) ? t('parties.neededToPrint') : undefined}
                onBlur={(e) => void save(o.id, lang, e.currentTarget.value.trim())}
              />
            ))}
          </SimpleGrid>
        </Paper>
      ))}
    </Stack>
  );
}
