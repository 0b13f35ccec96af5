import { Button, FileButton, Group, Input, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReceiptRef } from '../../../shared/domain/budget/model';
import { ApiError, call } from '../../api/client';
import { fileToBytes } from '../../api/files';
import { errorMessage } from '../../forms/useSubmit';
import { translateIssues } from '../../forms/validation';

/** A receipt chosen from the disk: kept at once in the data folder, refused at this field if it is no PDF or image. */
export function ReceiptField(props: {
  value: ReceiptRef | null;
  onChange(value: ReceiptRef | null): void;
  error?: string | undefined;
}) {
  const { t } = useTranslation('money');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);

  async function choose(file: File | null) {
    if (!file) return;
    setBusy(true);
    setRefusal(null);
    try {
      props.onChange(
        await call('ledger:addReceipt', { bytes: await fileToBytes(file), fileName: file.name }),
      );
    } catch (error) {
      const issues = error instanceof ApiError ? error.error.issues : undefined;
      setRefusal(
        issues ? (translateIssues(issues, t).receipt ?? errorMessage(error, t)) : errorMessage(error, t),
      );
    } finally {
      setBusy(false);
    }
  }

  const error = refusal ?? props.error;
  return (
    <Input.Wrapper label={t('entry.receipt')} description={t('entry.receiptHint')} error={error}>
      <Group gap="xs" mt={4}>
        <FileButton onChange={(f) => void choose(f)} accept="application/pdf,image/jpeg,image/png,image/webp">
          {(p) => (
            <Button {...p} variant="default" size="xs" loading={busy} aria-invalid={error ? true : undefined}>
              {props.value ? t('entry.replaceReceipt') : t('entry.chooseReceipt')}
            </Button>
          )}
        </FileButton>
        {props.value && (
          <>
            <Text size="sm">{props.value.fileName}</Text>
            <Button variant="subtle" size="xs" color="red" onClick={() => props.onChange(null)}>
              {t('entry.removeReceipt')}
            </Button>
          </>
        )}
      </Group>
    </Input.Wrapper>
  );
}
