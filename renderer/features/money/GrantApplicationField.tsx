import { Select } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';

/**
 * The funding application a grant was awarded on, or none: the committee's applications,
 * each with its programme, read from the core when the field opens. Only a grant shows it.
 */
export function GrantApplicationField(props: {
  value: string | null;
  onChange(applicationId: string | null): void;
  error?: string | undefined;
}) {
  const { t } = useTranslation('money');
  const [options, setOptions] = useState<{ value: string; label: string }[]>([]);
  useEffect(() => {
    let live = true;
    call('funding:applications', {})
      .then((list) => {
        if (live) setOptions(list.map((a) => ({ value: a.id, label: `${a.title} (${a.programmeName})` })));
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  const { value } = props;
  // An application deleted meanwhile still shows what the record names, so the refusal is readable.
  const data =
    value && !options.some((o) => o.value === value) && options.length > 0
      ? [...options, { value, label: t('grantApplication.missing') }]
      : options;
  return (
    <Select
      label={t('grantApplication.label')}
      description={options.length === 0 ? t('grantApplication.noneYet') : t('grantApplication.hint')}
      placeholder={t('grantApplication.none')}
      data={data}
      value={value}
      onChange={props.onChange}
      clearable
      searchable
      clearButtonProps={{ 'aria-label': t('grantApplication.clear') }}
      error={props.error}
    />
  );
}
