import type { StateCreator } from 'zustand';
import type {
  Agreement,
  AgreementContent,
  ImageRef,
  VersionStatus,
} from '../../shared/domain/agreement/model';
import type { AgreementView } from '../../shared/ipc/channels/agreements';
import type { SignedInput } from '../../shared/domain/agreement/signedRecord';
import type { Output } from '../../shared/ipc/contract';
import type { RenderedDocument } from '../../shared/ipc/channels/documents';
import type { AppError } from '../../shared/ipc/errors';
import { ApiError, call } from '../api/client';
import { toBlob } from '../api/files';
import type { AppState } from './store';

export interface AgreementsSlice {
  /** The charter open in the editor: what the core holds, and the text being edited. */
  agreementView: (AgreementView & { partnershipId: string }) | null;
  agreementDraft: AgreementContent | null;
  /** The draft has changes the core has not stored yet. */
  agreementDirty: boolean;
  /** Where the latest save of the draft stands, for the editor's quiet indicator; a failure keeps the draft. */
  agreementSave: AgreementSaveState;
  loadAgreement(partnershipId: string): Promise<void>;
  editAgreement(change: (content: AgreementContent) => AgreementContent): void;
  /**
   * Stores the draft. While a save is on its way, a second call does not send another one at
   * once: one follow-up save goes after it with whatever the draft then holds (calls coalesce).
   */
  saveAgreement(): Promise<Agreement>;
  setAgreementStatus(status: VersionStatus, signed?: SignedInput): Promise<Output<'agreement:setStatus'>>;
  renderAgreement(version?: number): Promise<RenderedDocument>;
  addAgreementImage(bytes: Uint8Array): Promise<ImageRef>;
  /** A stored coat of arms as a data: URL for an <img> (the CSP allows data: images). */
  agreementImageUrl(ref: ImageRef): Promise<string>;
}

export type AgreementSaveState =
  { state: 'idle' | 'saving' | 'saved'; error: null } | { state: 'failed'; error: AppError };

const appErrorOf = (error: unknown): AppError =>
  error instanceof ApiError ? error.error : { code: 'INTERNAL', message: String(error) };

export const createAgreementsSlice: StateCreator<AppState, [], [], AgreementsSlice> = (set, get) => {
  const opened = () => {
    const view = get().agreementView;
    if (!view) throw new Error('No agreement is open');
    return view;
  };
  const keep = (agreement: Agreement) => set({ agreementView: { ...opened(), agreement } });
  let inFlight: Promise<Agreement> | null = null;
  let followUp: Promise<Agreement> | null = null;

  const saveNow = async (): Promise<Agreement> => {
    const { partnershipId } = opened();
    const sent = get().agreementDraft;
    if (!sent) throw new Error('No agreement is open');
    set({ agreementSave: { state: 'saving', error: null } });
    try {
      const agreement = await call('agreement:save', { partnershipId, content: sent });
      if (get().agreementView?.partnershipId !== partnershipId) return agreement;
      keep(agreement);
      // Typing may have gone on while the core saved: only a draft still as sent is now clean.
      // The draft stays as typed (the core trims texts; trimming under the cursor would eat a space).
      if (get().agreementDraft === sent) set({ agreementDirty: false });
      set({ agreementSave: { state: 'saved', error: null } });
      return agreement;
    } catch (error) {
      if (get().agreementView?.partnershipId === partnershipId)
        set({ agreementSave: { state: 'failed', error: appErrorOf(error) } });
      throw error;
    }
  };

  const saveAgreement = (): Promise<Agreement> => {
    if (!inFlight) {
      inFlight = saveNow().finally(() => {
        inFlight = null;
      });
      return inFlight;
    }
    // One save at a time: later calls share a single follow-up that sends the draft as it is then.
    followUp ??= inFlight
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        followUp = null;
        const saved = get().agreementView?.agreement;
        return !get().agreementDirty && saved ? saved : saveAgreement();
      });
    return followUp;
  };

  return {
    agreementView: null,
    agreementDraft: null,
    agreementDirty: false,
    agreementSave: { state: 'idle', error: null },
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
        agreementSave: { state: 'idle', error: null },
      });
    },
    editAgreement: (change) => {
      const draft = get().agreementDraft;
      if (draft) set({ agreementDraft: change(draft), agreementDirty: true });
    },
    saveAgreement,
    setAgreementStatus: async (status, signed) => {
      const { partnershipId } = opened();
      const input = signed ? { partnershipId, status, signed } : { partnershipId, status };
      const result = await call('agreement:setStatus', input);
      keep(result.agreement);
      return result;
    },
    renderAgreement: (version) => {
      const { partnershipId } = opened();
      const params = version === undefined ? { partnershipId } : { partnershipId, version };
      return call('document:render', { kind: 'agreement', params });
    },
    addAgreementImage: (bytes) => call('agreement:addImage', { bytes }),
    /** An object URL over the image's bytes; whoever shows it revokes it. */
    agreementImageUrl: async (ref) => {
      const image = await call('agreement:image', { file: ref.file });
      return URL.createObjectURL(toBlob(image.bytes, image.mime));
    },
  };
};
