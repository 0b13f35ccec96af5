import { Button, Group, MultiSelect, Paper, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ActivityKind } from '../../../shared/domain/activities/activity';
import { EUROPEAN_LANGUAGES } from '../../../shared/domain/europe';
import { DateField } from '../../components/DateField';
import type { FieldErrors } from '../../forms/validation';
import { useFormat } from '../../i18n/format';
import { activityStatusLabelKey } from '../../i18n/statuses';
import { useAppStore } from '../../state/store';
import type { ActivityValues } from './activityFormValues';
import { OrganisationModal } from './OrganisationModal';

interface Props {
  values: ActivityValues;
  errors: FieldErrors;
  isNew: boolean;
  onChange(values: ActivityValues): void;
}

/** What, when, where and with whom: the activity's own fields above the programme. */
export function ActivityMainFields({ values, errors, isNew, onChange }: Props) {
  const { t } = useTranslation('activities');
  const format = useFormat();
  const choices = useAppStore((s) => s.activityChoices);
  const organisations = useAppStore((s) => s.organisations);
  const [addingOrganisation, setAddingOrganisation] = useState(false);
  const set = <K extends keyof ActivityValues>(key: K, value: ActivityValues[K]) =>
    onChange({ ...values, [key]: value });

  const links = choices?.links ?? [];
  const chosen = links.filter((l) => values.partnershipIds.includes(l.id));
  const hosts = [
    { value: '', label: t('form.hostUnknown') },
    ...(choices?.home ? [{ value: 'home', label: choices.home }] : []),
    ...chosen.flatMap((l) => l.towns.map((town) => ({ value: town.id, label: town.name }))),
  ];
  const languages = EUROPEAN_LANGUAGES.map((code) => ({ value: code, label: format.language(code) })).sort(
    (a, b) => a.label.localeCompare(b.label),
  );

  function setLinks(partnershipIds: string[]) {
    // A host town of a link taken off is no longer a possible host.
    const towns = new Set(
      links.filter((l) => partnershipIds.includes(l.id)).flatMap((l) => l.towns.map((x) => x.id)),
    );
    const host = values.host === '' || values.host === 'home' || towns.has(values.host) ? values.host : '';
    onChange({ ...values, partnershipIds, host });
  }

  return (
    <Paper withBorder p="md">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput
          label={t('form.title')}
          required
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={errors.title}
        />
        <Select
          label={t('form.kind')}
          required
          data={ActivityKind.options.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          value={values.kind}
          onChange={(kind) => set('kind', kind)}
          error={errors.kind}
          allowDeselect={false}
        />
        <MultiSelect
          label={t('form.partnerships')}
          description={t('form.partnershipsHint')}
          required
          searchable
          data={links.map((l) => ({ value: l.id, label: l.title }))}
          value={values.partnershipIds}
          onChange={setLinks}
          error={errors.partnershipIds}
        />
        <Select
          label={t('form.host')}
          data={hosts}
          value={values.host}
          onChange={(host) => set('host', host ?? '')}
          error={errors.host}
          allowDeselect={false}
        />
        <DateField
          label={t('form.start')}
          required
          value={values.startDate}
          onChange={(startDate) => onChange({ ...values, startDate, endDate: values.endDate || startDate })}
          error={errors.startDate}
        />
        <DateField
          label={t('form.end')}
          required
          value={values.endDate}
          onChange={(endDate) => set('endDate', endDate)}
          error={errors.endDate}
          {...(values.startDate ? { minDate: values.startDate } : {})}
        />
        <TextInput
          label={t('form.venueName')}
          value={values.venueName}
          onChange={(e) => set('venueName', e.currentTarget.value)}
          error={errors['venue.name']}
        />
        <TextInput
          label={t('form.venueAddress')}
          value={values.venueAddress}
          onChange={(e) => set('venueAddress', e.currentTarget.value)}
          error={errors['venue.address']}
        />
        <MultiSelect
          label={t('form.languages')}
          searchable
          data={languages}
          value={values.languages}
          onChange={(v) => set('languages', v)}
          error={errors.languages}
        />
        {isNew && (
          <Select
            label={t('form.initialStatus')}
            data={(['idea', 'planned'] as const).map((s) => ({
              value: s,
              label: t(activityStatusLabelKey(s)),
            }))}
            value={values.status}
            onChange={(s) => set('status', s === 'planned' ? 'planned' : 'idea')}
            allowDeselect={false}
          />
        )}
      </SimpleGrid>
      <Group align="flex-end" mt="md">
        <MultiSelect
          style={{ flex: 1 }}
          label={t('form.organisations')}
          searchable
          data={(organisations ?? []).map((o) => ({ value: o.id, label: o.name }))}
          value={values.organisationIds}
          onChange={(v) => set('organisationIds', v)}
          error={errors.organisationIds}
        />
        <Button variant="light" onClick={() => setAddingOrganisation(true)}>
          {t('form.addOrganisation')}
        </Button>
      </Group>
      {addingOrganisation && (
        <OrganisationModal
          organisation={null}
          onClose={() => setAddingOrganisation(false)}
          onSaved={(o) => set('organisationIds', [...values.organisationIds, o.id])}
        />
      )}
    </Paper>
  );
}
