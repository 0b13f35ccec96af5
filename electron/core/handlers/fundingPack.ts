import type { FundingReporting } from '../services/fundingReporting';
import type { HandlerMap } from './types';

export const fundingPackHandlers = (reporting: FundingReporting): HandlerMap<'funding:reportingPack'> => ({
  'funding:reportingPack': (request) => reporting.pack(request),
});
