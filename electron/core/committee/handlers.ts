import type { CommitteeService } from './committee';
import type { HandlerMap } from '../handlerTypes';

export const committeeHandlers = (
  committee: CommitteeService,
): HandlerMap<
  'committee:get' | 'municipality:save' | 'committee:save' | 'member:save' | 'member:delete'
> => ({
  'committee:get': () => committee.get(),
  'municipality:save': (municipality) => committee.saveMunicipality(municipality),
  'committee:save': (info) => committee.saveCommittee(info),
  'member:save': (draft) => committee.saveMember(draft),
  'member:delete': ({ id }) => committee.deleteMember(id),
});
