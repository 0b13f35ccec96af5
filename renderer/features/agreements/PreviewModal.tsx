import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RenderedPdf } from '../../../shared/ipc/channels/agreements';
import { PdfPages } from './PdfPages';

interface Props {
  pdf: RenderedPdf | null;
  /** The kept version shown, or null for the draft. */
  version: number | null;
  desktop: boolean;
  busy: boolean;
  onSave(open: boolean): void;
  onClose(): void;
}

/** The charter as it will print, page by page, with the ways to keep the PDF. */
export function PreviewModal({ pdf, version, desktop, busy, onSave, onClose }: Props) {
  const { t } = useTranslation('agreements');
  return (
    <Modal
      opened={pdf !== null}
      onClose={onClose}
      size={860}
      title={version === null ? t('preview.titleDraft') : t('preview.titleVersion', { n: version })}
      styles={{ body: { background: 'var(--mantine-color-gray-1)', paddingTop: 12 } }}
    >
      {pdf && (
        <>
          <Group
            justify="space-between"
            mb="sm"
            pos="sticky"
            top={0}
            style={{ zIndex: 2 }}
            bg="var(--mantine-color-gray-1)"
            py={6}
          >
            <Text size="sm" c="dimmed" truncate maw={420}>
              {pdf.fileName}
            </Text>
            <Group gap="xs">
              {desktop && (
                <Button variant="default" loading={busy} onClick={() => onSave(true)}>
                  {t('preview.saveAndOpen')}
                </Button>
              )}
              <Button loading={busy} onClick={() => onSave(false)}>
                {t('preview.save')}
              </Button>
            </Group>
          </Group>
          <PdfPages base64={pdf.base64} width={780} />
        </>
      )}
    </Modal>
  );
}
