import { z } from 'zod';
import {
  CommitteeInfoEdit,
  CommitteeProfile,
  Member,
  MemberDraft,
  MunicipalityEdit,
  SavedCommitteeInfo,
  SavedMunicipality,
} from '../../domain/committee';
import { Id } from '../../domain/common';
import { none } from './app';

export const committeeChannels = {
  'committee:get': { input: none, output: CommitteeProfile },
  'municipality:save': { input: MunicipalityEdit.strict(), output: SavedMunicipality },
  'committee:save': { input: CommitteeInfoEdit.strict(), output: SavedCommitteeInfo },
  'member:save': { input: MemberDraft, output: Member },
  'member:delete': { input: z.object({ id: Id }).strict(), output: z.object({ id: Id }) },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
