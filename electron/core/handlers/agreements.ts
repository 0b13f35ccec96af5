import { AppFailure } from '../../../shared/ipc/errors';
import type { AgreementService } from '../services/agreements';
import type { HandlerMap } from './types';

type AgreementChannel =
  | 'agreement:get'
  | 'agreement:save'
  | 'agreement:setStatus'
  | 'agreement:render'
  | 'agreement:addImage'
  | 'agreement:image'
  | 'agreement:saveAs';

export const agreementHandlers = (agreements: AgreementService): HandlerMap<AgreementChannel> => ({
  'agreement:get': ({ partnershipId }) => agreements.get(partnershipId),
  'agreement:save': ({ partnershipId, content }) => agreements.save(partnershipId, content),
  'agreement:setStatus': ({ partnershipId, status }) => agreements.setStatus(partnershipId, status),
  'agreement:render': ({ partnershipId, version }) => agreements.render(partnershipId, version),
  // The transport still carries base64; the service takes and gives bytes.
  'agreement:addImage': ({ base64 }) => agreements.addImage(Buffer.from(base64, 'base64')),
  'agreement:image': async ({ file }) => {
    const { bytes, mime } = await agreements.image(file);
    return { base64: bytes.toString('base64'), mime };
  },
  // The desktop shell answers this one itself (electron/ipc); browser mode downloads instead.
  'agreement:saveAs': () => {
    throw new AppFailure('FORBIDDEN', 'Saving through a dialog exists only in the desktop app');
  },
});
