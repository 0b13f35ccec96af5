import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionStatus } from '../../../shared/domain/agreement/model';
import { printIssues } from '../../../shared/domain/agreement/printCheck';
import type { SignedInput } from '../../../shared/domain/agreement/signedRecord';
import type { RenderedDocument } from '../../../shared/ipc/channels/documents';
import type { FieldIssue } from '../../../shared/ipc/errors';
import { ApiError, saveFile } from '../../api/client';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { useAppStore } from '../../state/store';
import { savable } from './useAutosave';

/**
 * Check, save, render, preview, keep: the way from the draft to a PDF. The print check runs
 * on the draft as typed; while it finds anything, nothing is rendered and nothing is lost.
 */
export function usePrintFlow() {
  const { t } = useTranslation('agreements');
  const draft = useAppStore((s) => s.agreementDraft);
  const dirty = useAppStore((s) => s.agreementDirty);
  const desktop = useAppStore((s) => s.status?.transport === 'desktop');
  const saveAgreement = useAppStore((s) => s.saveAgreement);
  const renderAgreement = useAppStore((s) => s.renderAgreement);
  const setAgreementStatus = useAppStore((s) => s.setAgreementStatus);
  const [checking, setChecking] = useState(false);
  const [keptIssues, setKeptIssues] = useState<FieldIssue[]>([]);
  const [preview, setPreview] = useState<{ pdf: RenderedDocument; version: number | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [signing, setSigning] = useState(false);
  const format = useFormat();

  /** Issues shown: the draft's, live once a check was asked for, and a kept version's, if any. */
  const issues = [...(checking && draft ? printIssues(draft) : []), ...keptIssues];

  async function run<T>(task: () => Promise<T>): Promise<T | null> {
    setBusy(true);
    setFailure(null);
    try {
      return await task();
    } catch (error) {
      if (error instanceof ApiError && error.error.issues?.length) setKeptIssues(error.error.issues);
      else setFailure(errorMessage(error, t));
      return null;
    } finally {
      setBusy(false);
    }
  }

  /** True when the draft passes the print check and is stored, ready to render or keep. */
  async function readyDraft(): Promise<boolean> {
    setKeptIssues([]);
    setChecking(true);
    if (!draft || printIssues(draft).length > 0) return false;
    // A draft the core would refuse is not sent: its fields are already listed above the tabs.
    if (!savable(draft)) return false;
    if (dirty) return (await run(saveAgreement)) !== null;
    return true;
  }

  async function showPreview(version: number | null) {
    if (version === null && !(await readyDraft())) return;
    if (version !== null) setKeptIssues([]);
    const pdf = await run(() => renderAgreement(version ?? undefined));
    if (pdf) setPreview({ pdf, version });
  }

  async function savePdf(open: boolean) {
    if (!preview) return;
    const { pdf } = preview;
    // The bytes previewed are the bytes saved: the desktop asks where, browser mode downloads.
    const saved = await run(() =>
      saveFile({ bytes: pdf.bytes, fileName: pdf.fileName, mime: pdf.mime, open }),
    );
    if (saved?.outcome === 'saved')
      notifications.show({ color: 'green', message: t('preview.savedTo', { path: saved.path }) });
    if (saved?.outcome === 'downloaded')
      notifications.show({ color: 'green', message: t('preview.downloaded', { name: pdf.fileName }) });
  }

  async function markAs(status: VersionStatus) {
    if (!(await readyDraft())) return;
    // Signed asks when and where first (MarkSignedModal); sent is kept at once.
    if (status === 'signed') return setSigning(true);
    const result = await run(() => setAgreementStatus(status));
    const kept = result?.agreement.versions.at(-1);
    if (kept)
      notifications.show({ color: 'green', message: t(`versions.marked.${status}`, { n: kept.number }) });
  }

  /** Throws what the core refused, so the dialog shows it at its field; tells what the partnership gained. */
  async function markSigned(signed: SignedInput) {
    const { agreement, recorded } = await setAgreementStatus('signed', signed);
    const kept = agreement.versions.at(-1);
    const gained = recorded
      ? [
          t('versions.recorded', {
            signings: t('versions.recordedSignings', { count: recorded.signings }),
            resolutions: t('versions.recordedResolutions', { count: recorded.resolutions }),
          }),
          recorded.activeSince ? t('versions.activeSince', { date: format.date(recorded.activeSince) }) : '',
        ]
      : [];
    if (kept)
      notifications.show({
        color: 'green',
        message: [t('versions.marked.signed', { n: kept.number }), ...gained].filter(Boolean).join(' '),
      });
  }

  return {
    issues,
    desktop,
    preview,
    busy,
    failure,
    showPreview: (version: number | null) => void showPreview(version),
    savePdf: (open: boolean) => void savePdf(open),
    markAs: (status: VersionStatus) => void markAs(status),
    signing,
    markSigned,
    closeSigning: () => setSigning(false),
    closePreview: () => setPreview(null),
  };
}
