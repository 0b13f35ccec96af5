import {
  Anchor,
  Button,
  Group,
  Loader,
  MultiSelect,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { statusLabelKey } from '../../i18n/statuses';
import { Link, useNavigate, useParams } from 'react-router';
import { EUROPEAN_LANGUAGES } from '../../../shared/domain/europe';
import {
  PartnershipDraft,
  PartnershipKind,
  PartnershipStatus,
  Theme,
  partnershipTitle,
  type Partnership,
} from '../../../shared/domain/partnership';
import { FormFailure } from '../../components/FormFailure';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage, useSubmit } from '../../forms/useSubmit';
import { useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { useCountryOptions } from '../../i18n/countryOptions';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { emptyTown, toDraft, toValues, type PartnershipValues } from './partnershipFormValues';
import { PartnerTownFields } from './PartnerTownFields';
import { SameTownModal } from './SameTownModal';
import { useSameTownCheck } from './useSameTownCheck';
import { ResolutionsFields, SigningsFields } from './RecordsFields';
import { themeLabelKey } from '../../i18n/themes';

/** Create (no id in the address) or edit a link; validated with the same schema as the core. */
export function PartnershipEditPage() {
  const { t } = useTranslation('partnerships');
  const format = useFormat();
  const countryOptions = useCountryOptions();
  const { id } = useParams();
  const navigate = useNavigate();
  const loadPartnership = useAppStore((s) => s.loadPartnership);
  const savePartnership = useAppStore((s) => s.savePartnership);
  const [values, setValues] = useState<PartnershipValues | null>(id ? null : toValues(null));
  /** The link as loaded: which item ids it holds, and the revision this edit is based on. */
  const [saved, setSaved] = useState<Partnership | null>(null);
  const [initial, setInitial] = useState(values);
  const [loadFailure, setLoadFailure] = useState<string | null>(null);
  const opened = (stored: Partnership | null) => {
    if (!stored) return;
    notifications.show({ color: 'green', message: t('saved') });
    leave();
    void navigate(`/partnerships/${stored.id}`);
  };
  // A new link with a town that already has one asks first, as the import refuses such rows.
  const sameTown = useSameTownCheck((draft: PartnershipDraft, allowDuplicate: boolean) =>
    savePartnership(allowDuplicate ? { ...draft, allowDuplicate } : draft),
  );
  const { submit, errors, failure, saving } = useSubmit(
    PartnershipDraft,
    async (draft) => opened(await sameTown.attempt(draft)),
    values === null ? undefined : toDraft(values, id ? saved : null),
  );
  // A form with required fields is saved deliberately, never by itself: leaving it with
  // changes asks first, in the app and (browser mode) when the tab is closed or reloaded.
  const dirty = values !== null && JSON.stringify(values) !== JSON.stringify(initial);
  const { leave } = useUnsavedChanges(dirty, t('common:pending.partnership'));

  useEffect(() => {
    if (!id) return;
    loadPartnership(id)
      .then((p) => {
        setSaved(p);
        const loaded = toValues(p);
        setValues(loaded);
        setInitial(loaded);
      })
      .catch((error: unknown) => setLoadFailure(errorMessage(error, t)));
  }, [id, loadPartnership, t]);

  if (loadFailure) return <FormFailure title={t('notFound')} message={loadFailure} />;
  if (!values) return <Loader aria-label={t('common:loading')} />;

  const set = <K extends keyof PartnershipValues>(key: K, value: PartnershipValues[K]) =>
    setValues({ ...values, [key]: value });
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);
  const languages = EUROPEAN_LANGUAGES.map((code) => ({ value: code, label: format.language(code) })).sort(
    byLabel,
  );
  const title = id
    ? t('form.editTitle', {
        title: partnershipTitle({ partners: values.towns.map((tw) => ({ place: { name: tw.name } })) }),
      })
    : t('form.createTitle');

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (values) await submit(toDraft(values, id ? saved : null));
  }

  return (
    <>
      <Anchor component={Link} to={id ? `/partnerships/${id}` : '/partnerships'} size="sm">
        {id ? t('form.backToLink') : t('back')}
      </Anchor>
      <PageHeader title={title} />
      <form onSubmit={onSubmit} noValidate aria-label={title}>
        <Stack>
          <Paper withBorder p="md">
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <Select
                label={t('form.kind')}
                required
                data={PartnershipKind.options.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
                value={values.kind}
                onChange={(v) => set('kind', v)}
                error={errors.kind}
                allowDeselect={false}
              />
              {!id && (
                <Select
                  label={t('form.initialStatus')}
                  data={PartnershipStatus.options.map((s) => ({ value: s, label: t(statusLabelKey(s)) }))}
                  value={values.status}
                  onChange={(v) => set('status', v)}
                  error={errors.status}
                  allowDeselect={false}
                />
              )}
              {!id && (
                <TextInput
                  label={t('form.statusSince')}
                  description={t('form.statusSinceHint')}
                  type="date"
                  value={values.statusSince}
                  onChange={(e) => set('statusSince', e.currentTarget.value)}
                  error={errors.statusSince}
                />
              )}
              <MultiSelect
                label={t('form.languages')}
                searchable
                data={languages}
                value={values.languages}
                onChange={(v) => set('languages', v)}
                error={errors.languages}
              />
              <MultiSelect
                label={t('form.themes')}
                searchable
                data={Theme.options.map((th) => ({ value: th, label: t(themeLabelKey(th)) }))}
                value={values.themes}
                onChange={(v) => set('themes', v)}
                error={errors.themes}
              />
            </SimpleGrid>
          </Paper>
          {values.towns.map((town, i) => (
            <PartnerTownFields
              key={town.id}
              index={i}
              town={town}
              errors={errors}
              countries={countryOptions}
              languages={languages}
              canRemove={values.towns.length > 1}
              onChange={(next) =>
                set(
                  'towns',
                  values.towns.map((x, j) => (j === i ? next : x)),
                )
              }
              onRemove={() =>
                setValues({
                  ...values,
                  towns: values.towns.filter((_, j) => j !== i),
                  resolutions: values.resolutions.filter((r) => r.council !== town.id),
                })
              }
            />
          ))}
          <Group>
            <Button variant="light" onClick={() => set('towns', [...values.towns, emptyTown()])}>
              {t('form.addPartner')}
            </Button>
          </Group>
          <Paper withBorder p="md">
            <Stack>
              <SigningsFields
                signings={values.signings}
                errors={errors}
                onChange={(v) => set('signings', v)}
              />
              <ResolutionsFields
                resolutions={values.resolutions}
                towns={values.towns}
                errors={errors}
                onChange={(v) => set('resolutions', v)}
              />
            </Stack>
          </Paper>
          <Textarea
            label={t('form.notes')}
            autosize
            minRows={3}
            value={values.notes}
            onChange={(e) => set('notes', e.currentTarget.value)}
            error={errors.notes}
          />
          <FormFailure title={t('notSaved')} message={failure} />
          <Group justify="flex-end">
            <Button
              component={Link}
              to={id ? `/partnerships/${id}` : '/partnerships'}
              variant="default"
              onClick={leave}
            >
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <SameTownModal
        question={sameTown.question}
        town={values.towns.map((tw) => tw.name).join(', ')}
        busy={sameTown.busy}
        onConfirm={() => void sameTown.confirm().then(opened)}
        onCancel={sameTown.dismiss}
      />
    </>
  );
}
