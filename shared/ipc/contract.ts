import { z } from 'zod';
import { AppStatus } from '../domain/appStatus';
import { CommitteeInfo, CommitteeProfile, Member, MemberDraft, Municipality } from '../domain/committee';
import { Id } from '../domain/common';
import { Settings } from '../domain/settings';

const none = z.object({}).strict();

/** Every channel once, named domain:verb, with the schema of its input and output. */
export const contract = {
  'app:status': { input: none, output: AppStatus },
  'store:startEmpty': { input: none, output: AppStatus },

  'settings:get': { input: none, output: Settings },
  'settings:save': { input: Settings.strict(), output: Settings },

  'committee:get': { input: none, output: CommitteeProfile },
  'municipality:save': { input: Municipality.strict(), output: Municipality },
  'committee:save': { input: CommitteeInfo.strict(), output: CommitteeInfo },
  'member:save': { input: MemberDraft, output: Member },
  'member:delete': { input: z.object({ id: Id }).strict(), output: z.object({ id: Id }) },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
