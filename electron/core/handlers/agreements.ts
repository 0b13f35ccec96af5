import type { AgreementService } from '../services/agreements';
import type { HandlerMap } from './types';

type AgreementChannel =
  'agreement:get' | 'agreement:save' | 'agreement:setStatus' | 'agreement:addImage' | 'agreement:image';

export const agreementHandlers = (agreements: AgreementService): HandlerMap<AgreementChannel> => ({
  'agreement:get': ({ partnershipId }) => agreements.get(partnershipId),
  'agreement:save': ({ partnershipId, content }) => agreements.save(partnershipId, content),
  'agreement:setStatus': ({ partnershipId, status }) => agreements.setStatus(partnershipId, status),
  // The image service still speaks base64 (the attachment store replaces it); bytes cross the boundary.
  'agreement:addImage': ({ bytes }) => agreements.addImage(Buffer.from(bytes).toString('base64')),
  'agreement:image': async ({ file }) => {
    const { base64, mime } = await agreements.image(file);
    return { bytes: Buffer.from(base64, 'base64'), mime };
  },
});
