import { Fieldset, Group, Input, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Designation, type AgreementContent } from '../../../shared/domain/agreement/model';
import { placeholderValues } from '../../../shared/domain/agreement/translator';
import { LocalNameFields } from './LocalNameFields';
import { EUROPEAN_COUNTRIES } from '../../../shared/domain/europe';
import { useFormat } from '../../i18n/format';
import { CoatOfArmsField } from './CoatOfArmsField';
import { editParty, type Edit } from './draftEdits';
import { SignatoryRows } from './SignatoryRows';

interface Props {
  content: AgreementContent;
  /** "parties.0.name", "parties.1.signatories": paths the print check flagged. */
  flagged: ReadonlySet<string>;
  onEdit(edit: Edit): void;
}

/** The two towns side by side: as named in the charter, their council resolutions and signatories. */
export function PartiesTab({ content, flagged, onEdit }: Props) {
  const { t } = useTranslation('agreements');
  const format = useFormat();
  const countries = [...new Set([...EUROPEAN_COUNTRIES, ...content.parties.map((p) => p.country)])]
    .map((c) => ({ value: c, label: format.country(c) }))
    .sort((a, b) => a.label.localeCompare(b.label));

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md">
      {content.parties.map((party, i) => {
        const needed = (path: string) =>
          flagged.has(`parties.${i}.${path}`) ? t('parties.neededToPrint') : undefined;
        const edit = (patch: Parameters<typeof editParty>[1]) => onEdit(editParty(i, patch));
        return (
          <Fieldset key={i} legend={t('party', { n: i + 1 })} p="sm">
            <Stack gap="sm">
              <Group gap="xs" grow>
                <TextInput
                  label={t('parties.name')}
                  value={party.name}
                  error={needed('name')}
                  onChange={(e) => edit({ name: e.currentTarget.value })}
                />
                <TextInput
                  label={t('parties.region')}
                  value={party.region}
                  error={needed('region')}
                  onChange={(e) => edit({ region: e.currentTarget.value })}
                />
                <Select
                  label={t('parties.country')}
                  data={countries}
                  value={party.country}
                  searchable
                  allowDeselect={false}
                  onChange={(v) => v && edit({ country: v })}
                />
              </Group>
              <Stack gap={2}>
                <Select
                  label={t('parties.designation')}
                  data={Designation.options.map((d) => ({ value: d, label: t(`parties.designations.${d}`) }))}
                  value={party.designation}
                  allowDeselect={false}
                  onChange={(v) => v && edit({ designation: Designation.parse(v) })}
                />
                <Text size="xs" c="dimmed">
                  {t('parties.designationPrints', {
                    text: content.languages
                      .map((lang) => placeholderValues(content, lang)[i === 0 ? 'partyA' : 'partyB'])
                      .join(' · '),
                  })}
                </Text>
              </Stack>
              <LocalNameFields content={content} index={i} onEdit={onEdit} />
              <Group gap="xs" grow>
                <TextInput
                  label={t('parties.resolutionNumber')}
                  description={t('parties.resolutionNumberHint')}
                  value={party.resolution.number}
                  error={needed('resolution.number')}
                  onChange={(e) =>
                    edit({ resolution: { ...party.resolution, number: e.currentTarget.value } })
                  }
                />
                <TextInput
                  label={t('parties.resolutionDate')}
                  type="date"
                  value={party.resolution.date ?? ''}
                  error={needed('resolution.date')}
                  onChange={(e) =>
                    edit({ resolution: { ...party.resolution, date: e.currentTarget.value || null } })
                  }
                />
              </Group>
              <SignatoryRows content={content} index={i} party={party} flagged={flagged} onEdit={onEdit} />
              {flagged.has(`parties.${i}.signatories`) && (
                <Input.Error>{t('parties.signatoryNeeded')}</Input.Error>
              )}
              <CoatOfArmsField
                value={party.coatOfArms}
                town={party.name || t('party', { n: i + 1 })}
                onChange={(ref) => edit({ coatOfArms: ref })}
              />
            </Stack>
          </Fieldset>
        );
      })}
    </SimpleGrid>
  );
}
