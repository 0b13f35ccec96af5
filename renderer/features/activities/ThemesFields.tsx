import { Select, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Theme } from '../../../shared/domain/partnership';
import { RepeatingRows } from '../../components/RepeatingRows';
import type { FieldErrors } from '../../forms/validation';
import { themeLabelKey } from '../../i18n/themes';
import { emptyTheme, type ThemeValues } from './activityFormValues';

/** Each theme the activity claims, with the sentence on how it serves it. */
export function ThemesFields({
  themes,
  errors,
  onChange,
}: {
  themes: ThemeValues[];
  errors: FieldErrors;
  onChange(themes: ThemeValues[]): void;
}) {
  const { t } = useTranslation('activities');
  const options = Theme.options.map((th) => ({ value: th, label: t(themeLabelKey(th)) }));
  return (
    <RepeatingRows
      legend={t('form.themes')}
      rows={themes}
      onChange={onChange}
      newRow={emptyTheme}
      rowKey={(th) => th.key}
      addLabel={t('form.addTheme')}
      removeLabel={(i) => t('form.removeTheme', { n: i + 1 })}
      rowLabel={(i) => t('form.themeN', { n: i + 1 })}
      emptyText={t('form.themesEmpty')}
      max={Theme.options.length}
      renderRow={(th, i, update) => (
        <>
          <Select
            label={t('form.theme')}
            required
            data={options}
            value={th.theme}
            onChange={(theme) => update({ ...th, theme })}
            error={errors[`themes.${i}.theme`] ?? errors[`themes.${i}`]}
            allowDeselect={false}
          />
          <Textarea
            label={t('form.how')}
            required
            autosize
            minRows={2}
            value={th.how}
            onChange={(e) => update({ ...th, how: e.currentTarget.value })}
            error={errors[`themes.${i}.how`]}
          />
        </>
      )}
    />
  );
}
