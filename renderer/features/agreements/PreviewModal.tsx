import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RenderedDocument } from '../../../shared/ipc/channels/documents';
import { PdfPages } from './PdfPages';

interface Props {
  pdf: RenderedDocument | null;
  /** The kept version shown, or null for the draft. */
  version: number | null;
  desktop: boolean;
  busy: boolean;
  onSave(open: boolean): void;
  onClose(): void;
}

/** The charter as it will print, page by page; the ways to keep the PDF stay in the header while scrolling. */
export function PreviewModal({ pdf, version, desktop, busy, onSave, onClose }: Props) {
  const { t } = useTranslation('agreements');
  return (
    <Modal.Root opened={pdf !== null} onClose={onClose} size={860}>
      <Modal.Overlay />
      <Modal.Content>
        <Modal.Header>
          <Group gap="sm" style={{ flex: 1, minWidth: 0 }} wrap="nowrap">
            <Modal.Title>
              {version === null ? t('preview.titleDraft') : t('preview.titleVersion', { n: version })}
            </Modal.Title>
            <Text size="xs" c="dimmed" truncate>
              {pdf?.fileName}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap" mr="sm">
            {desktop && (
              <Button size="xs" variant="default" loading={busy} onClick={() => onSave(true)}>
                {t('preview.saveAndOpen')}
              </Button>
            )}
            <Button size="xs" loading={busy} onClick={() => onSave(false)}>
              {t('preview.save')}
            </Button>
          </Group>
          <Modal.CloseButton />
        </Modal.Header>
        <Modal.Body bg="gray.1" pt="md">
          {pdf && <PdfPages bytes={pdf.bytes} width={780} />}
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
