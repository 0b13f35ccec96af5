import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementContent, AgreementParty } from '../../../shared/domain/agreement/model';
import { useFormat } from '../../i18n/format';
import { addSignatory, editSignatory, MAX_SIGNATORIES, removeSignatory, type Edit } from './draftEdits';

interface Props {
  content: AgreementContent;
  index: number;
  party: AgreementParty;
  /** Paths the print check flagged, e.g. "parties.0.signatories.0.office.fr". */
  flagged: ReadonlySet<string>;
  onEdit(edit: Edit): void;
}

/** Who signs for a town: a name, and the office in each of the charter's two languages. */
export function SignatoryRows({ content, index, party, flagged, onEdit }: Props) {
  const { t } = useTranslation('agreements');
  const format = useFormat();
  const needed = (path: string) =>
    flagged.has(`parties.${index}.signatories.${path}`) ? t('parties.neededToPrint') : undefined;
  return (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {t('parties.signatories')}
      </Text>
      {party.signatories.map((s, i) => (
        <Group
          key={s.id}
          gap="xs"
          align="flex-start"
          wrap="nowrap"
          role="group"
          aria-label={t('parties.signatory', { n: i + 1 })}
        >
          <TextInput
            label={t('parties.signatoryName')}
            value={s.name}
            error={needed(`${i}.name`)}
            onChange={(e) => onEdit(editSignatory(index, s.id, { name: e.currentTarget.value }))}
            style={{ flex: 1.2 }}
          />
          {content.languages.map((lang) => (
            <TextInput
              key={lang}
              label={t('parties.office', { language: format.language(lang) })}
              value={s.office[lang] ?? ''}
              error={needed(`${i}.office.${lang}`)}
              onChange={(e) =>
                onEdit(editSignatory(index, s.id, { office: { ...s.office, [lang]: e.currentTarget.value } }))
              }
              style={{ flex: 1 }}
            />
          ))}
          <ActionIcon
            mt={26}
            variant="subtle"
            color="red"
            aria-label={t('parties.removeSignatory', { n: i + 1 })}
            onClick={() => onEdit(removeSignatory(index, s.id))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="xs"
          variant="light"
          disabled={party.signatories.length >= MAX_SIGNATORIES}
          onClick={() => onEdit(addSignatory(index, crypto.randomUUID()))}
        >
          {t('parties.addSignatory')}
        </Button>
      </Group>
    </Stack>
  );
}
