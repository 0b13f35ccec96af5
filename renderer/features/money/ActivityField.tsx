import { Select } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { useFormat } from '../../i18n/format';

/**
 * Which activity a budget line or a ledger entry belongs to, or none (the committee's general
 * budget). The list comes from the core when the field opens, newest first.
 */
export function ActivityField(props: { value: string | null; onChange(activityId: string | null): void }) {
  const { t } = useTranslation('money');
  const format = useFormat();
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => {
    let live = true;
    call('activities:list', {})
      .then((list) => {
        if (!live) return;
        const sorted = [...list].sort((a, b) => (a.startDate < b.startDate ? 1 : -1));
        setOptions(sorted.map((a) => ({ value: a.id, label: `${a.title} (${format.date(a.startDate)})` })));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [format]);
  return (
    <Select
      label={t('activity.label')}
      description={t('activity.hint')}
      placeholder={t('activity.none')}
      data={options}
      value={props.value}
      onChange={props.onChange}
      clearable
      searchable
      clearButtonProps={{ 'aria-label': t('activity.clear') }}
    />
  );
}
