import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActivityKind, ActivityStatus } from '../../../shared/domain/activities/activity';
import { DateField } from '../../components/DateField';
import { activityStatusLabelKey } from '../../i18n/statuses';
import type { ActivityQuery } from './activityQuery';

const TEXT_DELAY_MS = 200;

type Filter = ActivityQuery['filter'];

/** The list's filters; the dates only where the list shows them (the calendar has its month). */
export function ActivityFilters({
  value,
  links,
  withDates,
  onChange,
}: {
  value: Filter;
  links: { id: string; title: string }[];
  withDates: boolean;
  onChange(filter: Filter): void;
}) {
  const { t } = useTranslation('activities');
  const [text, setText] = useState(value.text ?? '');
  useEffect(() => setText(value.text ?? ''), [value.text]);
  useEffect(() => {
    if ((value.text ?? '') === text) return;
    const timer = setTimeout(() => onChange({ ...value, text: text || undefined }), TEXT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, value, onChange]);

  const pick = (key: 'status' | 'kind' | 'partnershipId' | 'from' | 'to') => (picked: string | null) =>
    onChange({ ...value, [key]: picked || undefined });
  const any = Object.values(value).some((v) => v !== undefined);

  return (
    <Stack gap="xs" mb="sm" role="search" aria-label={t('filters.label')}>
      <Group align="flex-end" wrap="wrap">
        <TextInput
          label={t('filters.text')}
          placeholder={t('filters.textHint')}
          type="search"
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          style={{ flex: '1 1 200px' }}
        />
        <Select
          label={t('filters.status')}
          placeholder={t('filters.any')}
          clearable
          data={ActivityStatus.options.map((s) => ({ value: s, label: t(activityStatusLabelKey(s)) }))}
          value={value.status ?? null}
          onChange={pick('status')}
          w={150}
        />
        <Select
          label={t('filters.kind')}
          placeholder={t('filters.any')}
          clearable
          data={ActivityKind.options.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          value={value.kind ?? null}
          onChange={pick('kind')}
          w={210}
        />
        <Select
          label={t('filters.partnership')}
          placeholder={t('filters.any')}
          clearable
          searchable
          data={links.map((l) => ({ value: l.id, label: l.title }))}
          value={value.partnershipId ?? null}
          onChange={pick('partnershipId')}
          w={210}
        />
      </Group>
      {(withDates || any) && (
        <Group align="flex-end" wrap="wrap">
          {withDates && (
            <>
              <DateField
                label={t('filters.from')}
                value={value.from ?? ''}
                onChange={pick('from')}
                clearLabel={t('filters.clearDate')}
                width={170}
              />
              <DateField
                label={t('filters.to')}
                value={value.to ?? ''}
                onChange={pick('to')}
                clearLabel={t('filters.clearDate')}
                width={170}
              />
            </>
          )}
          {any && (
            <Button variant="subtle" onClick={() => onChange({})}>
              {t('filters.clear')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}
