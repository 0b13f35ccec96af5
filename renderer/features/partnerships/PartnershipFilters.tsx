import { Group, Select, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statusLabelKey } from '../../i18n/statuses';
import { PartnershipKind, PartnershipStatus } from '../../../shared/domain/partnership';
import type { PartnershipFilter } from '../../../shared/ipc/channels/partnerships';
import { useCountryOptions } from '../../i18n/countryOptions';

/** Typing waits this long before asking the core, so 30,000 rows are not sent per keystroke. */
const TEXT_DELAY_MS = 200;

export function PartnershipFilters({
  value,
  onChange,
}: {
  value: PartnershipFilter;
  onChange(filter: PartnershipFilter): void;
}) {
  const { t } = useTranslation('partnerships');
  const [text, setText] = useState(value.text ?? '');

  useEffect(() => {
    if ((value.text ?? '') === text) return;
    const timer = setTimeout(() => onChange({ ...value, text: text || undefined }), TEXT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);

  const pick =
    <K extends 'status' | 'kind' | 'country'>(key: K) =>
    (picked: string | null) =>
      onChange({ ...value, [key]: picked ?? undefined });
  const countries = useCountryOptions();

  return (
    <Group align="flex-end" mb="sm" wrap="wrap">
      <TextInput
        label={t('filter.text')}
        placeholder={t('filter.textPlaceholder')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        style={{ flex: '1 1 240px' }}
        type="search"
      />
      <Select
        label={t('filter.status')}
        placeholder={t('filter.all')}
        clearable
        data={PartnershipStatus.options.map((s) => ({ value: s, label: t(statusLabelKey(s)) }))}
        value={value.status ?? null}
        onChange={pick('status')}
        w={170}
      />
      <Select
        label={t('filter.kind')}
        placeholder={t('filter.all')}
        clearable
        data={PartnershipKind.options.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        value={value.kind ?? null}
        onChange={pick('kind')}
        w={200}
      />
      <Select
        label={t('filter.country')}
        placeholder={t('filter.all')}
        clearable
        searchable
        data={countries}
        value={value.country ?? null}
        onChange={pick('country')}
        w={200}
      />
    </Group>
  );
}
