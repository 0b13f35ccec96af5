import { NumberInput, Paper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_DORMANT_AFTER_MONTHS, Settings } from '../../../shared/domain/settings';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../state/store';

const Months = Settings.shape.dormantAfterMonths;

/**
 * How many months without recorded activity make a link "go quiet". Saved when the field is left
 * or Enter is pressed, like the language above it saves when chosen; a value out of range is
 * explained in place and the saved threshold stays as it was.
 */
export function DormantThresholdField() {
  const { t } = useTranslation('settings');
  const format = useFormat();
  const stored = useAppStore((s) => s.settings?.dormantAfterMonths ?? DEFAULT_DORMANT_AFTER_MONTHS);
  const updateSettings = useAppStore((s) => s.updateSettings);
  const [draft, setDraft] = useState<number | string>(stored);
  const [shown, setShown] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);

  // The threshold saved elsewhere (or on load) replaces the draft, unless the draft is being fixed.
  if (shown !== stored) {
    setShown(stored);
    setDraft(stored);
  }

  async function save() {
    const parsed = Months.safeParse(draft);
    if (!parsed.success) {
      setError(t('dormant.invalid'));
      setSaved(null);
      return;
    }
    setError(null);
    if (parsed.data === stored) return;
    try {
      await updateSettings({ dormantAfterMonths: parsed.data });
      setSaved(parsed.data);
    } catch (failure) {
      notifications.show({ color: 'red', title: t('committee:notSaved'), message: errorMessage(failure, t) });
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="dormant-settings-title">
      <Title order={3} size="h5" id="dormant-settings-title">
        {t('dormant.title')}
      </Title>
      <Text size="sm" mt={4} mb="xs">
        {t('dormant.current', { count: stored })}
      </Text>
      <NumberInput
        label={t('dormant.label')}
        min={1}
        max={240}
        clampBehavior="none"
        decimalSeparator={format.separators.decimal}
        thousandSeparator={false}
        value={draft}
        onChange={(value) => {
          setDraft(value);
          setSaved(null);
        }}
        onBlur={() => void save()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void save();
        }}
        error={error}
      />
      {saved !== null && (
        <Text size="sm" c="teal.8" mt={6} role="status">
          {t('dormant.saved', { count: saved })}
        </Text>
      )}
    </Paper>
  );
}
