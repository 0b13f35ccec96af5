import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PartnershipKind } from '../../../shared/domain/partnership';
import type { ShortlistEntry } from '../../../shared/domain/shortlist';
import { FormFailure } from '../../components/FormFailure';
import { useAppStore } from '../../state/store';
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

  async function submit() {
    if (!entry) return;
    setSaving(true);
    setFailure(null);
    try {
      const id = await create(entry.id, kind);
      onClose();
      void navigate(`/partnerships/${id}`);
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
    </Modal>
  );
}
