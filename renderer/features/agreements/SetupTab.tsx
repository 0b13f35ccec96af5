import { Checkbox, Group, Paper, Radio, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type {
  AgreementContent,
  AgreementLayout,
  Originals,
  PaperSize,
} from '../../../shared/domain/agreement/model';
import { editCeremony, editCeremonyPlace, setSeparate, type Edit } from './draftEdits';
import { useFormat } from '../../i18n/format';
import { LanguageFields } from './LanguageFields';

interface Props {
  content: AgreementContent;
  onEdit(edit: Edit): void;
}

/** Languages, page layout and paper, and where and when the towns sign. */
export function SetupTab({ content, onEdit }: Props) {
  const { t } = useTranslation('agreements');
  const format = useFormat();
  const { separate, ceremonies } = content.signing;
  const partyName = (i: number) => content.parties[i]?.name.trim() || t('party', { n: i + 1 });
  const ceremony = (i: 0 | 1, label: string) => (
    <Stack key={i} gap={2} role="group" aria-label={label}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      <Group gap="xs" wrap="nowrap">
        <TextInput
          label={t('signing.place')}
          value={ceremonies[i].place}
          onChange={(e) => onEdit(editCeremony(i, { place: e.currentTarget.value }))}
          style={{ flex: 1 }}
        />
        <TextInput
          label={t('signing.date')}
          type="date"
          value={ceremonies[i].date ?? ''}
          onChange={(e) => onEdit(editCeremony(i, { date: e.currentTarget.value || null }))}
          w={170}
        />
      </Group>
      <Group gap="xs" grow>
        {content.languages.map((lang) => (
          <TextInput
            key={lang}
            size="xs"
            label={t('signing.placeIn', { language: format.language(lang) })}
            placeholder={ceremonies[i].place}
            value={ceremonies[i].places[lang] ?? ''}
            onChange={(e) => onEdit(editCeremonyPlace(i, lang, e.currentTarget.value))}
          />
        ))}
      </Group>
    </Stack>
  );

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="xs">
          {t('setup.title')}
        </Title>
        <Stack gap="sm">
          <LanguageFields content={content} onEdit={onEdit} />
          <Radio.Group
            label={t('setup.layout')}
            value={content.layout}
            onChange={(v) => onEdit((c) => ({ ...c, layout: v as AgreementLayout }))}
          >
            <Group gap="lg" mt={4}>
              <Radio value="side-by-side" label={t('setup.sideBySide')} />
              <Radio value="sequential" label={t('setup.sequential')} />
            </Group>
          </Radio.Group>
          <Radio.Group
            label={t('setup.paper')}
            value={content.paper}
            onChange={(v) => onEdit((c) => ({ ...c, paper: v as PaperSize }))}
          >
            <Group gap="lg" mt={4}>
              <Radio value="A4" label={t('setup.a4')} />
              <Radio value="LETTER" label={t('setup.letter')} />
            </Group>
          </Radio.Group>
          <Radio.Group
            label={t('setup.originals')}
            description={t('setup.originalsHint')}
            value={content.originals}
            onChange={(v) => onEdit((c) => ({ ...c, originals: v as Originals }))}
          >
            <Stack gap={4} mt={4}>
              <Radio value="first" label={t('setup.originalOf', { town: partyName(0) })} />
              <Radio value="second" label={t('setup.originalOf', { town: partyName(1) })} />
              <Radio value="both" label={t('setup.bothOriginals')} />
            </Stack>
          </Radio.Group>
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Title order={3} size="h5" mb="xs">
          {t('signing.title')}
        </Title>
        <Stack gap="sm">
          <Checkbox
            label={t('signing.separate')}
            checked={separate}
            onChange={(e) => onEdit(setSeparate(e.currentTarget.checked))}
          />
          {separate
            ? [
                ceremony(0, t('signing.ceremonyOf', { town: partyName(0) })),
                ceremony(1, t('signing.ceremonyOf', { town: partyName(1) })),
              ]
            : ceremony(0, t('signing.ceremony'))}
        </Stack>
      </Paper>
    </SimpleGrid>
  );
}
