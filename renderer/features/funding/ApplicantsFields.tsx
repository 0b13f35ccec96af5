import { Checkbox, Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EUROPEAN_COUNTRIES } from '../../../shared/domain/europe';
import { ApplicantKind } from '../../../shared/domain/funding/programme';
import { RepeatingRows } from '../../components/RepeatingRows';
import type { FieldErrors } from '../../forms/validation';
import { useFormat } from '../../i18n/format';
import { rowKey, type ApplicationValues } from './applicationValues';

type Row = ApplicationValues['applicants'][number];

/** The applicants of the consortium: the committee's town and each partner applying with it. */
export function ApplicantsFields({
  rows,
  errors,
  onChange,
}: {
  rows: Row[];
  errors: FieldErrors;
  onChange(rows: Row[]): void;
}) {
  const { t } = useTranslation('funding');
  const format = useFormat();
  const countries = EUROPEAN_COUNTRIES.map((c) => ({ value: c, label: format.country(c) })).sort((a, b) =>
    a.label.localeCompare(b.label),
  );
  return (
    <RepeatingRows<Row>
      legend={t('form.applicants')}
      rows={rows}
      onChange={onChange}
      newRow={() => ({
        key: rowKey(),
        name: '',
        country: null,
        kind: 'localAuthority',
        lead: rows.length === 0,
      })}
      rowKey={(r) => r.key}
      rowLabel={(i) => t('form.applicant', { n: i + 1 })}
      renderRow={(row, i, update) => (
        <Group align="flex-end">
          <TextInput
            required
            label={t('form.applicantName')}
            value={row.name}
            onChange={(e) => update({ ...row, name: e.currentTarget.value })}
            error={errors[`applicants.${i}.name`]}
            w={260}
          />
          <Select
            searchable
            label={t('form.country')}
            data={countries}
            value={row.country}
            onChange={(v) => update({ ...row, country: v })}
            error={errors[`applicants.${i}.country`]}
            w={200}
          />
          <Select
            label={t('form.kind')}
            data={ApplicantKind.options.map((k) => ({ value: k, label: t(`applicantKind.${k}`) }))}
            value={row.kind}
            allowDeselect={false}
            onChange={(v) => v && update({ ...row, kind: v as Row['kind'] })}
            w={220}
          />
          <Checkbox
            mb={8}
            label={t('form.lead')}
            checked={row.lead}
            onChange={(e) => update({ ...row, lead: e.currentTarget.checked })}
            error={errors[`applicants.${i}.lead`]}
          />
        </Group>
      )}
      addLabel={t('form.addApplicant')}
      removeLabel={(i) => t('form.removeApplicant', { n: i + 1 })}
      emptyText={t('form.noApplicants')}
      max={60}
    />
  );
}
