import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PartnershipKind } from '../../../shared/domain/partnership';
import type { ShortlistEntry } from '../../../shared/domain/shortlist';
import { FormFailure } from '../../components/FormFailure';
import { useAppStore } from '../../state/store';
import { SameTownModal } from '../partnerships/SameTownModal';
import { useSameTownCheck } from '../partnerships/useSameTownCheck';
import { failureText } from './failureText';

/** Turns a shortlisted candidate into a prospect partnership and opens it. */
export function CreatePartnershipModal({
  entry,
  onClose,
}: {
  entry: ShortlistEntry | null;
  onClose(): void;
}) {
  const { t } = useTranslation('discovery');
  const navigate = useNavigate();
  const create = useAppStore((s) => s.createPartnershipFromShortlist);
  const [kind, setKind] = useState<PartnershipKind>('partnership');
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // The candidate's town may already have a link: ask before making a second one.
  const sameTown = useSameTownCheck((input: { id: string; kind: PartnershipKind }, allowDuplicate: boolean) =>
    create(input.id, input.kind, allowDuplicate),
  );
  const opened = (id: string | null) => {
    if (id === null) return;
    onClose();
    void navigate(`/partnerships/${id}`);
  };

  async function submit() {
    if (!entry) return;
    setSaving(true);
    setFailure(null);
    try {
      opened(await sameTown.attempt({ id: entry.id, kind }));
    } catch (error) {
      setFailure(failureText(error, t));
    } finally {
      setSaving(false);
    }
  }

  return (
    <Modal
      opened={entry !== null}
      onClose={onClose}
      title={t('create.title', { name: entry?.place.name ?? '' })}
      centered
      closeButtonProps={{ 'aria-label': t('common:actions.close') }}
    >
      <Stack>
        <Text size="sm">{t('create.body')}</Text>
        <Select
          label={t('create.kind')}
          data={PartnershipKind.options.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
          value={kind}
          onChange={(v) => v && setKind(PartnershipKind.parse(v))}
          allowDeselect={false}
        />
        <FormFailure title={t('create.failed')} message={failure} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={saving}>
            {t('create.submit')}
          </Button>
        </Group>
      </Stack>
      <SameTownModal
        question={sameTown.question}
        town={entry?.place.name ?? ''}
        busy={sameTown.busy}
        onConfirm={() =>
          void sameTown
            .confirm()
            .then(opened)
            .catch((error: unknown) => setFailure(failureText(error, t)))
        }
        onCancel={sameTown.dismiss}
      />
    </Modal>
  );
}
