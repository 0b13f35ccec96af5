import { Button, Group, Modal, MultiSelect, Select, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useChangedSinceOpened, useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { useTranslation } from 'react-i18next';
import { shortlistStatusLabelKey } from '../../i18n/statuses';
import type { PartnerPlace } from '../../../shared/domain/partnership';
import { Theme } from '../../../shared/domain/partnership';
import { ShortlistStatus, type ShortlistEntry } from '../../../shared/domain/shortlist';
import { FormFailure } from '../../components/FormFailure';
import { useAppStore } from '../../state/store';
import { failureText } from './failureText';
import { themeLabelKey } from '../../i18n/themes';

export interface ShortlistTarget {
  place: PartnerPlace;
  entry: ShortlistEntry | null;
  score: number | null;
}

/** Adds a candidate to the shortlist, or edits its notes, themes and status. */
export function ShortlistModal({ target, onClose }: { target: ShortlistTarget | null; onClose(): void }) {
  const { t } = useTranslation('discovery');
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={target?.place.name ?? ''}
      centered
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      {target && (
        <ShortlistForm key={target.entry?.id ?? target.place.name} target={target} onClose={onClose} />
      )}
    </Modal>
  );
}

function ShortlistForm({ target, onClose }: { target: ShortlistTarget; onClose(): void }) {
  const { t } = useTranslation('discovery');
  const save = useAppStore((s) => s.saveShortlistEntry);
  const [status, setStatus] = useState<ShortlistStatus>(target.entry?.status ?? 'considering');
  const [themes, setThemes] = useState<string[]>(target.entry?.themes ?? []);
  const [notes, setNotes] = useState(target.entry?.notes ?? '');
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  useUnsavedChanges(useChangedSinceOpened({ status, themes, notes }), t('common:pending.shortlist'));

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setSaving(true);
    setFailure(null);
    try {
      await save({
        ...(target.entry ? { id: target.entry.id, rev: target.entry.rev } : {}),
        place: target.place,
        status,
        themes: themes.filter((x): x is Theme => Theme.safeParse(x).success),
        notes,
        scoreWhenAdded: target.entry?.scoreWhenAdded ?? target.score,
      });
      onClose();
    } catch (error) {
      setFailure(failureText(error, t));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Select
          label={t('shortlist.status')}
          data={ShortlistStatus.options.map((s) => ({ value: s, label: t(shortlistStatusLabelKey(s)) }))}
          value={status}
          onChange={(v) => v && setStatus(ShortlistStatus.parse(v))}
          allowDeselect={false}
        />
        <MultiSelect
          label={t('shortlist.themes')}
          description={t('shortlist.themesHint')}
          data={Theme.options.map((th) => ({ value: th, label: t(themeLabelKey(th)) }))}
          value={themes}
          onChange={setThemes}
          searchable
        />
        <Textarea
          label={t('shortlist.notes')}
          autosize
          minRows={3}
          maxLength={5000}
          value={notes}
          onChange={(e) => setNotes(e.currentTarget.value)}
        />
        <FormFailure title={t('shortlist.notSaved')} message={failure} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('common:actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
