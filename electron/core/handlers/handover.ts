import type { HandoverService } from '../services/handover';
import type { HandlerMap } from './types';

export const handoverHandlers = (
  handover: HandoverService,
): HandlerMap<'handover:export' | 'handover:import'> => ({
  'handover:export': ({ includeBackups }) => handover.exportArchive(includeBackups),
  'handover:import': ({ base64 }) => handover.importArchive(Buffer.from(base64, 'base64')),
});
