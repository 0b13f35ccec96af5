import {
  Alert,
  Button,
  Group,
  Loader,
  MultiSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { MeetingDraft, type MeetingRecord } from '../../../shared/domain/meetings/meeting';
import { call, saveFile } from '../../api/client';
import { DateField } from '../../components/DateField';
import { FormFailure } from '../../components/FormFailure';
import { PageHeader } from '../../components/PageHeader';
import { RepeatingRows } from '../../components/RepeatingRows';
import { errorMessage, useSubmit } from '../../forms/useSubmit';
import { useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { useMembers } from '../plan/useMembers';
import { DecisionTasks } from './DecisionTasks';
import { meetingDraft, meetingValues, rowKey, type MeetingValues } from './meetingValues';
import { MinutesEditor } from './MinutesEditor';

const LANGUAGES = ['en', 'ro', 'fr', 'de'] as const;

/** A meeting: when and where, who came, the agenda, the minutes and the decisions. */
export function MeetingPage() {
  const { id } = useParams();
  const { t } = useTranslation('team');
  const [meeting, setMeeting] = useState<MeetingRecord | null | undefined>(id ? undefined : null);
  const [failed, setFailed] = useState<unknown>(null);
  useEffect(() => {
    if (!id) return;
    call('meetings:get', { id }).then(setMeeting, setFailed);
  }, [id]);
  if (failed !== null)
    return (
      <Alert color="red" role="alert">
        {errorMessage(failed, t)}
      </Alert>
    );
  if (meeting === undefined) return <Loader aria-label={t('common:loading')} />;
  return <MeetingForm key={meeting?.rev ?? 'new'} meeting={meeting} onSaved={setMeeting} />;
}

function MeetingForm({
  meeting,
  onSaved,
}: {
  meeting: MeetingRecord | null;
  onSaved(m: MeetingRecord): void;
}) {
  const { t, i18n } = useTranslation('team');
  const navigate = useNavigate();
  const members = useMembers();
  const [opened] = useState(() => meetingValues(meeting));
  const [values, setValues] = useState<MeetingValues>(opened);
  const [printing, setPrinting] = useState(false);
  const draft = meetingDraft(values, meeting);
  const dirty = JSON.stringify(draft) !== JSON.stringify(meetingDraft(opened, meeting));
  const { leave } = useUnsavedChanges(dirty, t('pending.meeting'));
  const { submit, errors, failure, saving } = useSubmit(
    MeetingDraft,
    async (d) => {
      const saved = await call('meetings:save', d);
      leave();
      if (!meeting) void navigate(`/team/meetings/${saved.id}`, { replace: true });
      else onSaved(saved);
    },
    draft,
  );
  const set = <K extends keyof MeetingValues>(key: K, value: MeetingValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const language = LANGUAGES.find((l) => i18n.language.startsWith(l)) ?? 'en';
  async function print(kind: 'meetingAgenda' | 'meetingMinutes') {
    if (!meeting) return;
    setPrinting(true);
    try {
      const pdf = await call('document:render', { kind, params: { meetingId: meeting.id, language } });
      await saveFile({ bytes: pdf.bytes, fileName: pdf.fileName, mime: pdf.mime, open: false });
    } catch (error) {
      notifications.show({ color: 'red', title: t('printFailed'), message: errorMessage(error, t) });
    } finally {
      setPrinting(false);
    }
  }
  const guestError = (i: number) => errors[`attendees.${values.memberIds.length + i}.name`];
  return (
    <form onSubmit={(e) => (e.preventDefault(), void submit(draft))} noValidate>
      <PageHeader title={meeting ? meeting.title : t('meeting.new')} subtitle={t('meeting.subtitle')} />
      <Stack maw={900}>
        <TextInput
          label={t('meeting.title')}
          required
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          error={errors.title}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateField
            label={t('meeting.date')}
            required
            value={values.date}
            onChange={(d) => set('date', d)}
            error={errors.date}
          />
          <TextInput
            label={t('meeting.start')}
            type="time"
            value={values.startTime}
            onChange={(e) => set('startTime', e.currentTarget.value)}
            error={errors.startTime}
          />
          <TextInput
            label={t('meeting.end')}
            type="time"
            value={values.endTime}
            onChange={(e) => set('endTime', e.currentTarget.value)}
            error={errors.endTime}
          />
        </SimpleGrid>
        <TextInput
          label={t('meeting.place')}
          value={values.place}
          onChange={(e) => set('place', e.currentTarget.value)}
          error={errors.place}
        />
        <MultiSelect
          label={t('meeting.members')}
          data={members.map((m) => ({ value: m.id, label: m.name }))}
          value={values.memberIds}
          onChange={(ids) => set('memberIds', ids)}
        />
        <RepeatingRows
          legend={t('meeting.guests')}
          rows={values.guests}
          onChange={(rows) => set('guests', rows)}
          newRow={() => ({ key: rowKey(), name: '' })}
          rowKey={(r) => r.key}
          addLabel={t('meeting.addGuest')}
          removeLabel={(i) => t('meeting.removeGuest', { n: i + 1 })}
          rowLabel={(i) => t('meeting.guest', { n: i + 1 })}
          renderRow={(row, i, update) => (
            <TextInput
              label={t('meeting.guestName')}
              value={row.name}
              onChange={(e) => update({ ...row, name: e.currentTarget.value })}
              error={guestError(i)}
            />
          )}
        />
        <RepeatingRows
          legend={t('meeting.agenda')}
          rows={values.agenda}
          onChange={(rows) => set('agenda', rows)}
          newRow={() => ({ key: rowKey(), title: '', note: '' })}
          rowKey={(r) => r.key}
          addLabel={t('meeting.addItem')}
          removeLabel={(i) => t('meeting.removeItem', { n: i + 1 })}
          rowLabel={(i) => t('meeting.item', { n: i + 1 })}
          emptyText={t('meeting.noAgenda')}
          renderRow={(row, i, update) => (
            <SimpleGrid cols={2}>
              <TextInput
                label={t('meeting.itemTitle')}
                required
                value={row.title}
                onChange={(e) => update({ ...row, title: e.currentTarget.value })}
                error={errors[`agenda.${i}.title`]}
              />
              <TextInput
                label={t('meeting.itemNote')}
                value={row.note}
                onChange={(e) => update({ ...row, note: e.currentTarget.value })}
              />
            </SimpleGrid>
          )}
        />
        <div>
          <Text fw={700} mb={6} id="minutes-label">
            {t('meeting.minutes')}
          </Text>
          <MinutesEditor
            value={values.minutes}
            onChange={(doc) => set('minutes', doc)}
            label={t('meeting.minutes')}
          />
          {errors.minutes && (
            <Text c="red" size="sm">
              {errors.minutes}
            </Text>
          )}
        </div>
        <RepeatingRows
          legend={t('meeting.decisions')}
          rows={values.decisions}
          onChange={(rows) => set('decisions', rows)}
          newRow={() => ({ key: rowKey(), text: '' })}
          rowKey={(r) => r.key}
          addLabel={t('meeting.addDecision')}
          removeLabel={(i) => t('meeting.removeDecision', { n: i + 1 })}
          rowLabel={(i) => t('meeting.decision', { n: i + 1 })}
          emptyText={t('meeting.noDecisions')}
          renderRow={(row, i, update) => (
            <Textarea
              label={t('meeting.decisionText')}
              required
              autosize
              minRows={1}
              value={row.text}
              onChange={(e) => update({ ...row, text: e.currentTarget.value })}
              error={errors[`decisions.${i}.text`]}
            />
          )}
        />
        <FormFailure title={t('notSaved')} message={failure} />
        <Group justify="space-between">
          <Group>
            <Button component={Link} to="/team?tab=meetings" variant="default" onClick={leave}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('meeting.save')}
            </Button>
          </Group>
          {meeting && (
            <Group>
              <Button
                variant="light"
                loading={printing}
                disabled={dirty}
                onClick={() => void print('meetingAgenda')}
              >
                {t('meeting.printAgenda')}
              </Button>
              <Button
                variant="light"
                loading={printing}
                disabled={dirty}
                onClick={() => void print('meetingMinutes')}
              >
                {t('meeting.printMinutes')}
              </Button>
            </Group>
          )}
        </Group>
        {meeting && meeting.decisions.length > 0 && (
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="xs">
              {t('decisions.title')}
            </Title>
            <DecisionTasks meeting={meeting} onChanged={onSaved} disabled={dirty} />
          </Paper>
        )}
      </Stack>
    </form>
  );
}
