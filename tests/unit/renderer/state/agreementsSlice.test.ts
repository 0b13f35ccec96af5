import { beforeEach, describe, expect, it, vi } from 'vitest';
import { call } from '../../../../renderer/api/client';
import { useAppStore } from '../../../../renderer/state/store';
import type { Agreement, AgreementContent } from '../../../../shared/domain/agreement/model';
import { printableCharter } from '../features/agreements/content';

vi.mock('../../../../renderer/api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../../renderer/api/client')>()),
  call: vi.fn(),
}));

const callMock = vi.mocked(call);
const stamp = '2026-05-01T10:00:00.000Z';
const stored = (partnershipId: string, draft: AgreementContent): Agreement => ({
  id: `a-${partnershipId}`,
  partnershipId,
  draft,
  versions: [],
  createdAt: stamp,
  updatedAt: stamp,
});

describe('agreementsSlice', () => {
  beforeEach(() => {
    callMock.mockReset();
    useAppStore.setState({ agreementView: null, agreementDraft: null, agreementDirty: false });
  });

  it('stores the unsaved draft of the charter left before opening another one', async () => {
    const draft = printableCharter();
    useAppStore.setState({
      agreementView: { partnershipId: 'p1', agreement: null, proposal: draft, objectives: [] },
      agreementDraft: draft,
      agreementDirty: true,
    });
    callMock.mockImplementation(async (channel) => {
      if (channel === 'agreement:save') return stored('p1', draft);
      return { agreement: null, proposal: printableCharter(), objectives: [] };
    });
    await useAppStore.getState().loadAgreement('p2');
    expect(
      callMock.mock.calls.map(([channel, input]) => [
        channel,
        (input as { partnershipId: string }).partnershipId,
      ]),
    ).toEqual([
      ['agreement:save', 'p1'],
      ['agreement:get', 'p2'],
    ]);
    expect(useAppStore.getState().agreementView?.partnershipId).toBe('p2');
  });

  it('keeps what was typed while a save was on its way, and still counts it as unsaved', async () => {
    const draft = printableCharter();
    useAppStore.setState({
      agreementView: { partnershipId: 'p1', agreement: null, proposal: draft, objectives: [] },
      agreementDraft: draft,
      agreementDirty: true,
    });
    callMock.mockImplementation(async () => {
      useAppStore.getState().editAgreement((c) => ({ ...c, paper: 'LETTER' }));
      return stored('p1', draft);
    });
    await useAppStore.getState().saveAgreement();
    expect(useAppStore.getState().agreementDraft?.paper).toBe('LETTER');
    expect(useAppStore.getState().agreementDirty).toBe(true);
    expect(useAppStore.getState().agreementView?.agreement?.id).toBe('a-p1');
  });
});
