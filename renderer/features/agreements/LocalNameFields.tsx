import { Group, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AgreementContent } from '../../../shared/domain/agreement/model';
import { regionOf } from '../../../shared/domain/agreement/translator';
import { useFormat } from '../../i18n/format';
import { editLocalName, type Edit } from './draftEdits';

interface Props {
  content: AgreementContent;
  index: number;
  onEdit(edit: Edit): void;
}

/**
 * A party's town name and region as each charter language writes them (Kolozsvár in the
 * Hungarian text, Hermannstadt in the German one). Left empty, the text uses the name as
 * recorded and the region from the app's table, shown as the field's placeholder.
 */
export function LocalNameFields({ content, index, onEdit }: Props) {
  const { t } = useTranslation('agreements');
  const format = useFormat();
  const party = content.parties[index];
  if (!party) return null;
  const emptyRegion = { ...party, names: {} };
  return (
    <>
      {content.languages.map((lang) => {
        const own = party.names[lang] ?? { town: '', region: '' };
        const language = format.language(lang);
        return (
          <Group key={lang} gap="xs" grow>
            <TextInput
              size="xs"
              label={t('parties.nameIn', { language })}
              placeholder={party.name}
              value={own.town}
              onChange={(e) => onEdit(editLocalName(index, lang, { town: e.currentTarget.value }))}
            />
            <TextInput
              size="xs"
              label={t('parties.regionIn', { language })}
              placeholder={regionOf(emptyRegion, lang)}
              value={own.region}
              onChange={(e) => onEdit(editLocalName(index, lang, { region: e.currentTarget.value }))}
            />
          </Group>
        );
      })}
    </>
  );
}
