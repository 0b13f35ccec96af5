import type { AgreementService } from './agreements';
import type { HandlerMap } from '../handlerTypes';

type AgreementChannel =
  'agreement:get' | 'agreement:save' | 'agreement:setStatus' | 'agreement:addImage' | 'agreement:image';

export const agreementHandlers = (agreements: AgreementService): HandlerMap<AgreementChannel> => ({
  'agreement:get': ({ partnershipId }) => agreements.get(partnershipId),
  'agreement:save': ({ partnershipId, content }) => agreements.save(partnershipId, content),
  'agreement:setStatus': ({ partnershipId, status, signed }) =>
    agreements.setStatus(partnershipId, status, signed),
  'agreement:addImage': ({ bytes }) => agreements.addImage(bytes),
  'agreement:image': ({ file }) => agreements.image(file),
});
