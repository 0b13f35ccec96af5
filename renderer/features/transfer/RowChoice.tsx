import { Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PreviewRow } from '../../../shared/domain/importPreview';
import { useFormat } from '../../i18n/format';
import type { RowDecision } from './choices';

const MANUAL = 'manual';
const SKIP = 'skip';

/** For an ambiguous row: pick one of the gazetteer's places, type the place by hand, or leave the row out. */
export function RowChoice({
  row,
  decision,
  onChange,
}: {
  row: PreviewRow;
  decision: RowDecision | undefined;
  onChange(d: RowDecision): void;
}) {
  const { t } = useTranslation('import');
  const format = useFormat();
  const options = row.options.map((o) => ({
    value: String(o.geonameId),
    label: [
      o.name,
      o.admin2 || o.admin1,
      o.population > 0 ? t('preview.inhabitants', { n: format.number(o.population) }) : null,
    ]
      .filter(Boolean)
      .join(' · '),
  }));
  const data = [
    ...options,
    { value: MANUAL, label: t('preview.manual') },
    { value: SKIP, label: t('preview.skip') },
  ];
  const value = !decision ? null : decision.mode === 'option' ? String(decision.geonameId) : decision.mode;
  return (
    <Stack gap={4}>
      <Select
        aria-label={t('preview.chooseFor', { line: row.line, name: row.values.partner })}
        placeholder={t('preview.choose')}
        data={data}
        value={value}
        size="xs"
        allowDeselect={false}
        onChange={(v) => {
          if (v === MANUAL) onChange({ mode: 'manual', name: row.values.partner });
          else if (v === SKIP) onChange({ mode: 'skip' });
          else if (v) onChange({ mode: 'option', geonameId: Number(v) });
        }}
      />
      {decision?.mode === 'manual' && (
        <TextInput
          size="xs"
          aria-label={t('preview.manualName', { line: row.line })}
          value={decision.name}
          maxLength={120}
          onChange={(e) => onChange({ mode: 'manual', name: e.currentTarget.value })}
        />
      )}
    </Stack>
  );
}
