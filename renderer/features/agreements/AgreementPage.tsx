import { Alert, Anchor, Button, Group, Loader, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { partnershipTitle } from '../../../shared/domain/partnership';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage } from '../../forms/useSubmit';
import { intlLocale, useFormat } from '../../i18n/format';
import { onCommand } from '../../app/commands';
import { useAppStore } from '../../state/store';
import { checkMessages, partyFieldOf, type CheckMessage } from './checkMessages';
import { ClausesTab } from './ClausesTab';
import { draftProblems, NO_PROBLEMS } from './draftProblems';
import { ObjectivesTab } from './ObjectivesTab';
import { PartiesTab } from './PartiesTab';
import { MarkSignedModal } from './MarkSignedModal';
import { PreviewModal } from './PreviewModal';
import { PrintCheckAlert } from './PrintCheckAlert';
import { SaveIndicator, type SaveShown } from './SaveIndicator';
import { SetupTab } from './SetupTab';
import { savable, useAutosave } from './useAutosave';
import { usePrintFlow } from './usePrintFlow';
import { VersionsTab } from './VersionsTab';

type Tab = 'setup' | 'parties' | 'objectives' | 'clauses' | 'versions';

/** The partnership charter: its two texts, parties and signing, its print check, preview and versions. */
export function AgreementPage() {
  const { t, i18n } = useTranslation('agreements');
  const format = useFormat();
  const { id = '' } = useParams();
  const partnership = useAppStore((s) => s.partnership);
  const loadPartnership = useAppStore((s) => s.loadPartnership);
  const view = useAppStore((s) => s.agreementView);
  const draft = useAppStore((s) => s.agreementDraft);
  const dirty = useAppStore((s) => s.agreementDirty);
  const loadAgreement = useAppStore((s) => s.loadAgreement);
  const editAgreement = useAppStore((s) => s.editAgreement);
  const saveAgreement = useAppStore((s) => s.saveAgreement);
  const saveState = useAppStore((s) => s.agreementSave);
  const saveObjective = useAppStore((s) => s.saveObjective);
  const flow = usePrintFlow();
  const [tab, setTab] = useState<Tab>('setup');
  const [clause, setClause] = useState('parties');
  const [loadFailure, setLoadFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const open = view?.partnershipId === id && draft !== null;
  const locale = intlLocale(i18n.language);
  // The schema the core saves with: a draft it would refuse is not sent, and its fields are named.
  const problems = useMemo(
    () => (draft ? draftProblems(draft, t, format.language, locale) : NO_PROBLEMS),
    [draft, t, format.language, locale],
  );
  const valid = problems.messages.length === 0;
  useAutosave(open ? draft : null, valid);

  useEffect(() => {
    setLoadFailure(null);
    loadPartnership(id).catch((error: unknown) => setLoadFailure(errorMessage(error, t)));
    // Coming back to a charter with unsaved changes keeps them; anything else reloads from the core.
    const state = useAppStore.getState();
    if (state.agreementView?.partnershipId === id && state.agreementDirty) return;
    loadAgreement(id).catch((error: unknown) => setLoadFailure(errorMessage(error, t)));
  }, [id, loadPartnership, loadAgreement, t]);

  // Ctrl+S (Cmd+S) saves while typing in a clause, as in any desktop editor.
  // Ctrl+S saves the draft now, Ctrl+P checks and previews it (the menu's Save and Print too).
  useEffect(() => {
    const offSave = onCommand('save', () => {
      if (useAppStore.getState().agreementDirty) void onSave();
      return true;
    });
    const offPrint = onCommand('print', () => {
      flow.showPreview(null);
      return true;
    });
    return () => {
      offSave();
      offPrint();
    };
  });

  /** An objective's texts belong to the partnership: saved there, with its other fields as they are. */
  async function saveObjectiveTexts(objectiveId: string, texts: Record<string, string>) {
    const objective = useAppStore.getState().partnership?.objectives.find((o) => o.id === objectiveId);
    if (!objective) return;
    await saveObjective({ partnershipId: id, ...objective, texts });
  }

  async function onSave() {
    // The fields to fix are already listed; nothing the core would refuse is sent.
    if (!savable(useAppStore.getState().agreementDraft)) return;
    setSaving(true);
    try {
      await saveAgreement();
      notifications.show({ color: 'green', message: t('saved') });
    } catch {
      // The indicator beside the button says why; the draft stays as typed.
    } finally {
      setSaving(false);
    }
  }

  function go(message: CheckMessage) {
    setTab(message.tab);
    if (message.clause) setClause(message.clause);
  }

  const back = (
    <Anchor component={Link} to={`/partnerships/${id}`} size="sm">
      {t('back')}
    </Anchor>
  );
  if (loadFailure) {
    return (
      <>
        {back}
        <Alert color="red" role="alert" mt="sm">
          {loadFailure}
        </Alert>
      </>
    );
  }
  if (!open || !view || !draft) return <Loader aria-label={t('common:loading')} />;

  const title = partnership?.id === id ? partnershipTitle(partnership) : '';
  const messages = checkMessages(flow.issues, draft, t, format.language, locale);
  const shown: SaveShown = !dirty
    ? { kind: 'saved' }
    : !valid
      ? { kind: 'invalid' }
      : saveState.state === 'saving'
        ? { kind: 'saving' }
        : saveState.state === 'failed'
          ? { kind: 'failed' }
          : { kind: 'unsaved' };
  const flagged = new Set(flow.issues.map((i) => partyFieldOf(i)?.path ?? i.path.join('.')));
  const clauseIssues = flow.issues.filter((i) => partyFieldOf(i) === null);

  return (
    <>
      {back}
      <PageHeader
        title={t('title', { title })}
        actions={
          <Group gap="xs">
            <SaveIndicator shown={shown} />
            <Button
              variant="default"
              loading={saving}
              onClick={() => void onSave()}
              disabled={!dirty}
              title={t('saveShortcut')}
            >
              {t('save')}
            </Button>
            <Button loading={flow.busy} onClick={() => flow.showPreview(null)}>
              {t('previewAndPrint')}
            </Button>
          </Group>
        }
      />
      {dirty && saveState.state === 'failed' && (
        <Alert color="red" role="alert" mb="md" py="xs">
          {t(`errors:code.${saveState.error.code}`)} {t('autosave.retry')}
        </Alert>
      )}
      {flow.failure && (
        <Alert color="red" role="alert" mb="md">
          {flow.failure}
        </Alert>
      )}
      <PrintCheckAlert messages={problems.messages} onGo={go} title={t('invalid.title')} color="red" />
      <PrintCheckAlert messages={messages} onGo={go} />
      <Tabs value={tab} onChange={(v) => v && setTab(v as Tab)} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="setup">{t('tabs.setup')}</Tabs.Tab>
          <Tabs.Tab value="parties">{t('tabs.parties')}</Tabs.Tab>
          <Tabs.Tab value="objectives">{t('tabs.objectives')}</Tabs.Tab>
          <Tabs.Tab value="clauses">{t('tabs.clauses')}</Tabs.Tab>
          <Tabs.Tab value="versions">
            {t('tabs.versions', { count: view.agreement?.versions.length ?? 0 })}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="setup">
          <SetupTab content={draft} onEdit={editAgreement} />
        </Tabs.Panel>
        <Tabs.Panel value="parties">
          <PartiesTab content={draft} flagged={flagged} onEdit={editAgreement} />
        </Tabs.Panel>
        <Tabs.Panel value="objectives">
          <ObjectivesTab
            content={draft}
            versions={view.agreement?.versions ?? []}
            flagged={flagged}
            onSaveTexts={saveObjectiveTexts}
            onEdit={editAgreement}
          />
        </Tabs.Panel>
        <Tabs.Panel value="clauses">
          <ClausesTab
            content={draft}
            issues={clauseIssues}
            invalid={problems.fields}
            selected={clause}
            onSelect={setClause}
            onEdit={editAgreement}
          />
        </Tabs.Panel>
        <Tabs.Panel value="versions">
          <VersionsTab
            agreement={view.agreement}
            dirty={dirty}
            busy={flow.busy}
            onMark={flow.markAs}
            onPreview={flow.showPreview}
          />
        </Tabs.Panel>
      </Tabs>
      {flow.signing && <MarkSignedModal draft={draft} onSign={flow.markSigned} onClose={flow.closeSigning} />}
      <PreviewModal
        pdf={flow.preview?.pdf ?? null}
        version={flow.preview?.version ?? null}
        desktop={flow.desktop}
        busy={flow.busy}
        onSave={flow.savePdf}
        onClose={flow.closePreview}
      />
    </>
  );
}
