import type { ProgrammeRef } from '../../../shared/domain/funding/application';

/** The address of one programme version's page. */
export const programmePath = (ref: ProgrammeRef): string =>
  `/funding/programmes/${ref.programmeId}/${ref.callYear}${ref.recordId ? `/${ref.recordId}` : ''}`;
