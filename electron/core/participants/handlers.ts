import type { ParticipantRetention } from './participantRetention';
import type { ParticipantService } from './participants';
import type { ParticipantTransfer } from './participantTransfer';
import type { HandlerMap } from '../handlerTypes';

type ParticipantChannel =
  | 'participants:list'
  | 'participants:save'
  | 'participants:remove'
  | 'participants:counts'
  | 'participants:importPreview'
  | 'participants:importCommit'
  | 'participants:exportRegister'
  | 'participants:sensitiveDue'
  | 'participants:eraseSensitive';

export const participantHandlers = (
  participants: ParticipantService,
  transfer: ParticipantTransfer,
  retention: ParticipantRetention,
): HandlerMap<ParticipantChannel> => ({
  'participants:list': ({ activityId }) => participants.list(activityId),
  'participants:save': ({ draft, rev }) => participants.save(draft, rev),
  'participants:remove': ({ id }) => participants.remove(id),
  'participants:counts': ({ activityId }) => participants.counts(activityId),
  'participants:importPreview': (input) => transfer.preview(input),
  'participants:importCommit': (input) => transfer.commit(input),
  'participants:exportRegister': (input) => transfer.exportRegister(input),
  'participants:sensitiveDue': ({ keepMonths }) => retention.due(keepMonths),
  'participants:eraseSensitive': ({ activityId, keepMonths }) => retention.erase(activityId, keepMonths),
});
