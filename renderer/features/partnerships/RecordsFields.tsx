import { ActionIcon, Button, Checkbox, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isYearOnly } from '../../../shared/domain/common';
import type { FieldErrors } from '../../forms/validation';
import { newId, type ResolutionValues, type SigningValues, type TownValues } from './partnershipFormValues';

/** A signing whose year is still being typed: not a date yet, and the schema says so. */
const YEAR_PENDING = 'year';

/** One row per signing ceremony: the towns often sign in turn, each at home; old ones may be known by their year only. */
export function SigningsFields({
  signings,
  errors,
  onChange,
}: {
  signings: SigningValues[];
  errors: FieldErrors;
  onChange(v: SigningValues[]): void;
}) {
  const { t } = useTranslation('partnerships');
  const put = (i: number, s: SigningValues) => onChange(signings.map((x, j) => (j === i ? s : x)));
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t('form.signings')}
      </Text>
      {signings.map((s, i) => (
        <Group
          key={s.id}
          align="flex-start"
          gap="xs"
          role="group"
          aria-label={t('form.signing', { n: i + 1 })}
        >
          <Stack gap={2}>
            {isYearOnly(s.date) || s.date === YEAR_PENDING ? (
              <TextInput
                label={t('form.signingYear')}
                required
                inputMode="numeric"
                maxLength={4}
                value={s.date === YEAR_PENDING ? '' : s.date}
                onChange={(e) =>
                  put(i, { ...s, date: e.currentTarget.value.replace(/\D/g, '') || YEAR_PENDING })
                }
                error={errors[`signings.${i}.date`]}
                w={170}
              />
            ) : (
              <TextInput
                label={t('form.signingDate')}
                type="date"
                required
                value={s.date}
                onChange={(e) => put(i, { ...s, date: e.currentTarget.value })}
                error={errors[`signings.${i}.date`]}
                w={170}
              />
            )}
            <Checkbox
              size="xs"
              label={t('form.signingYearOnly')}
              checked={isYearOnly(s.date) || s.date === YEAR_PENDING}
              onChange={(e) =>
                put(i, { ...s, date: e.currentTarget.checked ? s.date.slice(0, 4) || YEAR_PENDING : '' })
              }
            />
          </Stack>
          <TextInput
            label={t('form.signingPlace')}
            value={s.place}
            onChange={(e) => put(i, { ...s, place: e.currentTarget.value })}
            error={errors[`signings.${i}.place`]}
            w={200}
          />
          <TextInput
            label={t('form.signingNote')}
            value={s.note}
            onChange={(e) => put(i, { ...s, note: e.currentTarget.value })}
            error={errors[`signings.${i}.note`]}
            style={{ flex: 1 }}
          />
          <ActionIcon
            mt={26}
            variant="subtle"
            color="red"
            aria-label={t('form.removeSigning')}
            onClick={() => onChange(signings.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="xs"
          variant="light"
          onClick={() => onChange([...signings, { id: newId(), date: '', place: '', note: '' }])}
        >
          {t('form.addSigning')}
        </Button>
      </Group>
    </Stack>
  );
}

export function ResolutionsFields({
  resolutions,
  towns,
  errors,
  onChange,
}: {
  resolutions: ResolutionValues[];
  towns: TownValues[];
  errors: FieldErrors;
  onChange(v: ResolutionValues[]): void;
}) {
  const { t } = useTranslation('partnerships');
  const put = (i: number, r: ResolutionValues) => onChange(resolutions.map((x, j) => (j === i ? r : x)));
  const councils = [
    { value: 'home', label: t('overview.homeCouncil') },
    ...towns.map((town, i) => ({
      value: town.id,
      label: t('overview.councilOf', { name: town.name || t('form.partner', { n: i + 1 }) }),
    })),
  ];
  return (
    <Stack gap="xs">
      <Text size="sm" fw={600}>
        {t('form.resolutions')}
      </Text>
      {errors.resolutions && (
        <Text c="red" size="sm" role="alert">
          {errors.resolutions}
        </Text>
      )}
      {resolutions.map((r, i) => (
        <Group
          key={r.id}
          align="flex-start"
          gap="xs"
          role="group"
          aria-label={t('form.resolution', { n: i + 1 })}
        >
          <Select
            label={t('form.council')}
            data={councils}
            value={r.council}
            onChange={(council) => put(i, { ...r, council })}
            error={errors[`resolutions.${i}.council`]}
            w={240}
            allowDeselect={false}
          />
          <TextInput
            label={t('form.resolutionNumber')}
            value={r.number}
            onChange={(e) => put(i, { ...r, number: e.currentTarget.value })}
            error={errors[`resolutions.${i}.number`]}
            w={160}
          />
          <TextInput
            label={t('form.resolutionDate')}
            type="date"
            required
            value={r.date}
            onChange={(e) => put(i, { ...r, date: e.currentTarget.value })}
            error={errors[`resolutions.${i}.date`]}
            w={170}
          />
          <ActionIcon
            mt={26}
            variant="subtle"
            color="red"
            aria-label={t('form.removeResolution')}
            onClick={() => onChange(resolutions.filter((_, j) => j !== i))}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          size="xs"
          variant="light"
          onClick={() => onChange([...resolutions, { id: newId(), council: 'home', number: '', date: '' }])}
        >
          {t('form.addResolution')}
        </Button>
      </Group>
    </Stack>
  );
}
