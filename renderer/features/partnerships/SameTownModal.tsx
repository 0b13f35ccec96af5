import { Anchor, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SameTownQuestion } from './useSameTownCheck';

/** "Landshut is already a partner town": open that link, or create a second one on purpose. */
export function SameTownModal({
  question,
  town,
  busy,
  onConfirm,
  onCancel,
}: {
  question: SameTownQuestion | null;
  town: string;
  busy: boolean;
  onConfirm(): void;
  onCancel(): void;
}) {
  const { t } = useTranslation('partnerships');
  return (
    <Modal
      opened={question !== null}
      onClose={onCancel}
      title={t('sameTown.title', { town })}
      centered
      withCloseButton={false}
    >
      <Stack>
        <Text size="sm">{t('sameTown.body', { town, title: question?.existingTitle ?? '' })}</Text>
        {question && (
          <Anchor component={Link} to={`/partnerships/${question.existingId}`} size="sm" onClick={onCancel}>
            {t('sameTown.open', { title: question.existingTitle })}
          </Anchor>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('sameTown.cancel')}
          </Button>
          <Button loading={busy} onClick={onConfirm}>
            {t('sameTown.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
