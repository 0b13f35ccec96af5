import type { FundingApplications } from './fundingApplications';
import type { FundingDocuments } from './fundingDocuments';
import type { FundingIncome } from './fundingIncome';
import type { FundingProgrammes } from './fundingProgrammes';
import type { HandlerMap } from '../handlerTypes';

type FundingChannel = Exclude<
  Extract<keyof import('../../../shared/ipc/contract').Contract, `funding:${string}`>,
  'funding:reportingPack'
>;

export const fundingHandlers = (
  programmes: FundingProgrammes,
  applications: FundingApplications,
  income: FundingIncome,
  documents: FundingDocuments,
): HandlerMap<FundingChannel> => ({
  'funding:programmes': () => programmes.list(),
  'funding:countries': () => programmes.countryLists(),
  'funding:refusedFiles': () => programmes.refused(),
  'funding:copyProgramme': ({ from, callYear }) => programmes.copy(from, callYear),
  'funding:saveProgramme': ({ id, rev, programme }) => programmes.save(id, rev, programme),
  'funding:removeProgramme': ({ id }) => programmes.remove(id),
  'funding:programmeChanges': ({ id }) => programmes.changes(id),
  'funding:applications': () => applications.list(),
  'funding:application': ({ id }) => applications.get(id),
  'funding:saveApplication': (draft) => applications.save(draft),
  'funding:setApplicationStatus': (input) => applications.setStatus(input),
  'funding:removeApplication': ({ id }) => applications.remove(id),
  'funding:check': ({ id }) => applications.check(id),
  'funding:estimate': ({ id }) => applications.estimate(id),
  'funding:deadlines': () => applications.deadlines(),
  'funding:grantIncome': ({ id }) => income.grantIncome(id),
  'funding:attachDocument': (input) => documents.attach(input),
  'funding:detachDocument': (input) => documents.detach(input),
  'funding:document': (input) => documents.read(input),
});
