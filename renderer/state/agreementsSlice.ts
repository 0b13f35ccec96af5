import type { StateCreator } from 'zustand';
import type {
  Agreement,
  AgreementContent,
  ImageRef,
  VersionStatus,
} from '../../shared/domain/agreement/model';
import type { AgreementView, RenderedPdf } from '../../shared/ipc/channels/agreements';
import { call } from '../api/client';
import type { AppState } from './store';

export interface AgreementsSlice {
  /** The charter open in the editor: what the core holds, and the text being edited. */
  agreementView: (AgreementView & { partnershipId: string }) | null;
  agreementDraft: AgreementContent | null;
  /** The draft has changes the core has not stored yet. */
  agreementDirty: boolean;
  loadAgreement(partnershipId: string): Promise<void>;
  editAgreement(change: (content: AgreementContent) => AgreementContent): void;
  saveAgreement(): Promise<Agreement>;
  setAgreementStatus(status: VersionStatus): Promise<Agreement>;
  renderAgreement(version?: number): Promise<RenderedPdf>;
  saveAgreementAs(version: number | undefined, open: boolean): Promise<string | null>;
  addAgreementImage(base64: string): Promise<ImageRef>;
  /** A stored coat of arms as a data: URL for an <img> (the CSP allows data: images). */
  agreementImageUrl(ref: ImageRef): Promise<string>;
}

export const createAgreementsSlice: StateCreator<AppState, [], [], AgreementsSlice> = (set, get) => {
  const opened = () => {
    const view = get().agreementView;
    if (!view) throw new Error('No agreement is open');
    return view;
  };
  const keep = (agreement: Agreement) => set({ agreementView: { ...opened(), agreement } });
  return {
    agreementView: null,
    agreementDraft: null,
    agreementDirty: false,
    loadAgreement: async (partnershipId) => {
      // Opening another charter first stores the unsaved draft of the one left, so nothing typed is lost.
      const { agreementView: left, agreementDraft: draft, agreementDirty: dirty } = get();
      if (left && draft && dirty && left.partnershipId !== partnershipId) {
        await call('agreement:save', { partnershipId: left.partnershipId, content: draft });
      }
      const view = await call('agreement:get', { partnershipId });
      set({
        agreementView: { ...view, partnershipId },
        agreementDraft: view.agreement?.draft ?? view.proposal,
        agreementDirty: view.agreement === null,
      });
    },
    editAgreement: (change) => {
      const draft = get().agreementDraft;
      if (draft) set({ agreementDraft: change(draft), agreementDirty: true });
    },
    saveAgreement: async () => {
      const { partnershipId } = opened();
      const sent = get().agreementDraft;
      if (!sent) throw new Error('No agreement is open');
      const agreement = await call('agreement:save', { partnershipId, content: sent });
      keep(agreement);
      // Typing may have gone on while the core saved: only a draft still as sent is now clean.
      if (get().agreementDraft === sent) set({ agreementDraft: agreement.draft, agreementDirty: false });
      return agreement;
    },
    setAgreementStatus: async (status) => {
      const agreement = await call('agreement:setStatus', { partnershipId: opened().partnershipId, status });
      keep(agreement);
      return agreement;
    },
    renderAgreement: (version) => {
      const { partnershipId } = opened();
      return call('agreement:render', version === undefined ? { partnershipId } : { partnershipId, version });
    },
    saveAgreementAs: async (version, open) => {
      const { partnershipId } = opened();
      const input = version === undefined ? { partnershipId, open } : { partnershipId, version, open };
      return (await call('agreement:saveAs', input)).savedTo;
    },
    addAgreementImage: (base64) => call('agreement:addImage', { base64 }),
    agreementImageUrl: async (ref) => {
      const image = await call('agreement:image', { file: ref.file });
      return `data:${image.mime};base64,${image.base64}`;
    },
  };
};
