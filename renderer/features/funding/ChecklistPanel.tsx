import { Button, Checkbox, FileButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DOCUMENT_ACCEPT } from '../../../shared/domain/files/documentTypes';
import { documentName, type Programme } from '../../../shared/domain/funding/programme';
import type { ApplicationView } from '../../../shared/ipc/channels/funding';
import { ApiError, call } from '../../api/client';
import { download, fileToBytes } from '../../api/files';
import { errorMessage } from '../../forms/useSubmit';
import { translateIssues } from '../../forms/validation';
import { ActionLabel } from '../../components/ActionLabel';

type Doc = Programme['documents'][number];

/** The application as the form sends it: its fields without what the core keeps. */
function applicationDraft(a: ApplicationView) {
  const {
    status: _s,
    history: _h,
    lastCheck: _l,
    createdAt: _c,
    updatedAt: _u,
    programmeName: _p,
    internalDeadline: _i,
    programmeId: _pi,
    ...fields
  } = a;
  return fields;
}

/**
 * The programme's required documents: each ticked when ready, each with the file kept for it
 * (a PDF, a scan or an office document), opened again, replaced or removed. Every click is one
 * change, saved at once; a refused file is named under its document.
 */
export function ChecklistPanel(props: {
  application: ApplicationView;
  documents: readonly Doc[];
  onChanged(a: ApplicationView): void;
}) {
  const { t, i18n } = useTranslation('funding');
  const app = props.application;
  const [busy, setBusy] = useState<string | null>(null);
  const [refused, setRefused] = useState<Record<string, string>>({});

  async function run(documentId: string, action: () => Promise<ApplicationView | void>) {
    setBusy(documentId);
    setRefused(({ [documentId]: _gone, ...rest }) => rest);
    try {
      const next = await action();
      if (next) props.onChanged(next);
    } catch (error) {
      const issues = error instanceof ApiError ? error.error.issues : undefined;
      // A refused file is named at `file`; any other refusal (an older field now checked) says which.
      const fields = issues ? translateIssues(issues, t) : {};
      const message = fields.file ?? (Object.values(fields).join(' ') || errorMessage(error, t));
      setRefused((r) => ({ ...r, [documentId]: message }));
      if (!issues) notifications.show({ color: 'red', message });
    } finally {
      setBusy(null);
    }
  }

  const toggle = (documentId: string, done: boolean) =>
    run(documentId, () => {
      const others = app.checklist.filter((c) => c.documentId !== documentId);
      const item = app.checklist.find((c) => c.documentId === documentId) ?? {
        documentId,
        attachment: null,
        fileName: '',
      };
      return call('funding:saveApplication', {
        ...applicationDraft(app),
        checklist: [...others, { ...item, done }],
      });
    });
  const attach = (documentId: string, file: File | null) =>
    file &&
    run(documentId, async () =>
      call('funding:attachDocument', {
        id: app.id,
        rev: app.rev,
        documentId,
        bytes: await fileToBytes(file),
        fileName: file.name,
      }),
    );
  const open = (documentId: string) =>
    run(documentId, async () => {
      const file = await call('funding:document', { id: app.id, documentId });
      download(file.bytes, file.fileName, file.mediaType);
    });
  const remove = (documentId: string) =>
    run(documentId, () => call('funding:detachDocument', { id: app.id, rev: app.rev, documentId }));

  return (
    <Paper withBorder p="md">
      <Title order={3} mb="xs">
        {t('detail.checklist')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('checklist.hint')}
      </Text>
      <Stack gap="sm">
        {props.documents.map((d) => {
          const item = app.checklist.find((c) => c.documentId === d.id);
          const name = documentName(d.name, i18n.language);
          const label = `${name} (${t(`programme.stage.${d.stage}`)})`;
          return (
            <Stack key={d.id} gap={4} role="group" aria-label={name}>
              <Checkbox
                label={label}
                checked={item?.done ?? false}
                onChange={(e) => void toggle(d.id, e.currentTarget.checked)}
              />
              <Group gap="xs" ml="xl">
                {item?.attachment ? (
                  <>
                    <Button variant="subtle" size="xs" onClick={() => void open(d.id)}>
                      <ActionLabel label={t('checklist.open', { file: item.fileName })} target={name} />
                    </Button>
                    <Button variant="subtle" size="xs" color="red" onClick={() => void remove(d.id)}>
                      <ActionLabel label={t('checklist.remove')} target={item.fileName} />
                    </Button>
                  </>
                ) : null}
                <FileButton onChange={(f) => void attach(d.id, f)} accept={DOCUMENT_ACCEPT}>
                  {(p) => (
                    <Button
                      {...p}
                      variant="default"
                      size="xs"
                      loading={busy === d.id}
                      aria-invalid={refused[d.id] ? true : undefined}
                    >
                      <ActionLabel
                        label={item?.attachment ? t('checklist.replace') : t('checklist.attach')}
                        target={name}
                      />
                    </Button>
                  )}
                </FileButton>
              </Group>
              {refused[d.id] && (
                <Text size="sm" c="red" ml="xl" role="alert">
                  {refused[d.id]}
                </Text>
              )}
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}
