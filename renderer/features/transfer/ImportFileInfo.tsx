import { Alert, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TEXT_ENCODINGS, type TextEncoding } from '../../../shared/domain/csv/detectEncoding';
import type { ImportPreview } from '../../../shared/domain/importPreview';

interface Props {
  preview: ImportPreview;
  /** The encoding a picked file was read in; null for pasted text. */
  encoding: TextEncoding | null;
  onEncoding(encoding: TextEncoding): void;
  /** The home town the secretary chose among the file's, while the committee has none set. */
  home: string | undefined;
  onHome(home: string): void;
}

/** What the import made of the file as a whole: its encoding, its home towns, the columns it leaves out. */
export function ImportFileInfo({ preview, encoding, onEncoding, home, onHome }: Props) {
  const { t } = useTranslation('import');
  const several = preview.problems.some((p) => p.code === 'severalHomeTowns');
  const aside = preview.homeTowns.filter((h) => !h.own);
  // Once chosen, the choice stays on the preview, so another town can be chosen over the same file.
  const chosen = home !== undefined && preview.homeTowns.length > 1;
  return (
    <Stack gap="xs">
      {encoding && (
        <Select
          label={t('encoding.label')}
          description={t('encoding.hint')}
          data={TEXT_ENCODINGS.map((e) => ({ value: e, label: t(`encoding.names.${e}`) }))}
          value={encoding}
          allowDeselect={false}
          onChange={(v) => v && onEncoding(v as TextEncoding)}
          w={360}
        />
      )}
      {(several || chosen) && (
        <Select
          label={t('home.choose')}
          description={chosen ? t('home.change') : undefined}
          placeholder={t('preview.choose')}
          data={preview.homeTowns.map((h) => ({
            value: h.name,
            label: t('home.option', { name: h.name, count: h.rows }),
          }))}
          value={chosen ? home : null}
          allowDeselect={false}
          onChange={(v) => v && v !== home && onHome(v)}
          w={360}
        />
      )}
      {!several && aside.length > 0 && (
        <Alert color="yellow" title={t('home.asideTitle')}>
          <Text size="sm">
            {t('home.aside', {
              towns: aside.map((h) => t('home.option', { name: h.name, count: h.rows })).join(', '),
            })}
          </Text>
        </Alert>
      )}
      {preview.ignoredColumns.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('ignoredColumns', {
            columns: preview.ignoredColumns.join(', '),
            count: preview.ignoredColumns.length,
          })}
        </Text>
      )}
    </Stack>
  );
}
