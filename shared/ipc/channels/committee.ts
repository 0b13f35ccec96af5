import { z } from 'zod';
import { CommitteeInfo, CommitteeProfile, Member, MemberDraft, Municipality } from '../../domain/committee';
import { Id } from '../../domain/common';
import { none } from './app';

export const committeeChannels = {
  'committee:get': { input: none, output: CommitteeProfile },
  'municipality:save': { input: Municipality.strict(), output: Municipality },
  'committee:save': { input: CommitteeInfo.strict(), output: CommitteeInfo },
  'member:save': { input: MemberDraft, output: Member },
  'member:delete': { input: z.object({ id: Id }).strict(), output: z.object({ id: Id }) },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
