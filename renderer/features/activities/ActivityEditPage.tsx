import { Anchor, Button, Group, Loader, Paper, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ActivityDraft } from '../../../shared/domain/activities/activity';
import type { ActivityView } from '../../../shared/ipc/channels/activities';
import { FormFailure } from '../../components/FormFailure';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage, useSubmit } from '../../forms/useSubmit';
import { useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { useAppStore } from '../../state/store';
import { ActivityMainFields } from './ActivityMainFields';
import { toDraft, toValues, type ActivityValues } from './activityFormValues';
import { ProgrammeFields } from './ProgrammeFields';
import { ThemesFields } from './ThemesFields';

/** Create (no id in the address; ?partnership= preselects a link) or edit an activity. */
export function ActivityEditPage() {
  const { t } = useTranslation('activities');
  const { id } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const loadActivity = useAppStore((s) => s.loadActivity);
  const saveActivity = useAppStore((s) => s.saveActivity);
  const loadChoices = useAppStore((s) => s.loadActivityChoices);
  const loadOrganisations = useAppStore((s) => s.loadOrganisations);
  const [values, setValues] = useState<ActivityValues | null>(() =>
    id ? null : toValues(null, params.get('partnership') ?? undefined),
  );
  const [initial, setInitial] = useState(values);
  const [saved, setSaved] = useState<ActivityView | null>(null);
  const [loadFailure, setLoadFailure] = useState<string | null>(null);
  const back = id ? `/activities/${id}` : '/activities';

  const { submit, errors, failure, saving } = useSubmit(
    ActivityDraft,
    async (draft) => {
      const stored = await saveActivity(draft);
      notifications.show({ color: 'green', message: t('saved') });
      leave();
      void navigate(`/activities/${stored.id}`);
    },
    values === null ? undefined : toDraft(values, id ? saved : null),
  );
  const dirty = values !== null && JSON.stringify(values) !== JSON.stringify(initial);
  const { leave } = useUnsavedChanges(dirty, t('common:pending.activity'));

  useEffect(() => {
    void loadChoices().catch(() => undefined);
    void loadOrganisations().catch(() => undefined);
  }, [loadChoices, loadOrganisations]);
  useEffect(() => {
    if (!id) return;
    loadActivity(id)
      .then((a) => {
        setSaved(a);
        const loaded = toValues(a);
        setValues(loaded);
        setInitial(loaded);
      })
      .catch((error: unknown) => setLoadFailure(errorMessage(error, t)));
  }, [id, loadActivity, t]);

  if (loadFailure) return <FormFailure title={t('notFound')} message={loadFailure} />;
  if (!values) return <Loader aria-label={t('common:loading')} />;

  const title = id ? t('form.editTitle', { title: saved?.title ?? '' }) : t('form.createTitle');
  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    if (values) await submit(toDraft(values, id ? saved : null));
  }

  return (
    <>
      <Anchor component={Link} to={back} size="sm">
        {id ? t('form.backToActivity') : t('back')}
      </Anchor>
      <PageHeader title={title} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={title}>
        <Stack>
          <ActivityMainFields values={values} errors={errors} isNew={!id} onChange={setValues} />
          <Paper withBorder p="md">
            <ProgrammeFields
              values={values}
              errors={errors}
              onChange={(days) => setValues({ ...values, days })}
            />
          </Paper>
          <Paper withBorder p="md">
            <ThemesFields
              themes={values.themes}
              errors={errors}
              onChange={(themes) => setValues({ ...values, themes })}
            />
          </Paper>
          <Textarea
            label={t('form.notes')}
            autosize
            minRows={3}
            value={values.notes}
            onChange={(e) => setValues({ ...values, notes: e.currentTarget.value })}
            error={errors.notes}
          />
          <FormFailure title={t('notSaved')} message={failure} />
          <Group justify="flex-end">
            <Button component={Link} to={back} variant="default" onClick={leave}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('form.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
