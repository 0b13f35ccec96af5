import type { HandoverService } from '../services/handover';
import type { HandlerMap } from './types';

export const handoverHandlers = (
  handover: HandoverService,
): HandlerMap<'handover:export' | 'handover:import'> => ({
  'handover:export': ({ includeBackups }) => handover.exportArchive(includeBackups),
  'handover:import': ({ bytes }) => handover.importArchive(bytes),
});
