import type { z } from 'zod';
import { activityChannels } from './channels/activities';
import { agreementChannels } from './channels/agreements';
import { appChannels } from './channels/app';
import { backupChannels } from './channels/backups';
import { committeeChannels } from './channels/committee';
import { discoveryChannels } from './channels/discovery';
import { documentChannels } from './channels/documents';
import { handoverChannels } from './channels/handover';
import { moneyChannels } from './channels/money';
import { hostChannels } from './channels/hosts';
import { privacyChannels } from './channels/privacy';
import { findChannels } from './channels/find';
import { participantChannels } from './channels/participants';
import { fundingChannels } from './channels/funding';
import { fundingPackChannels } from './channels/fundingPack';
import { partnershipChannels } from './channels/partnerships';
import { placesChannels } from './channels/places';
import { planningChannels } from './channels/planning';
import { syncChannels } from './channels/sync';
import { syncFileChannels } from './channels/syncFile';
import { taskChannels } from './channels/tasks';
import { timelineChannels } from './channels/timeline';
import { transferChannels } from './channels/transfer';
import { withStrictInputs } from './strictInputs';

/**
 * Every channel once, named domain:verb, with the zod schema of its input and output.
 * Each domain lists its channels in ./channels/<domain>.ts; this joins them, and makes every
 * object of every input strict (an unknown key is refused, see strictInputs.ts).
 */
export const contract = withStrictInputs({
  ...appChannels,
  ...committeeChannels,
  ...placesChannels,
  ...partnershipChannels,
  ...discoveryChannels,
  ...transferChannels,
  ...backupChannels,
  ...handoverChannels,
  ...privacyChannels,
  ...findChannels,
  ...agreementChannels,
  ...documentChannels,
  ...moneyChannels,
  ...activityChannels,
  ...participantChannels,
  ...hostChannels,
  ...planningChannels,
  ...timelineChannels,
  ...fundingChannels,
  ...syncChannels,
  ...syncFileChannels,
  ...taskChannels,
  ...fundingPackChannels,
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>);

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;

export const CHANNELS = Object.keys(contract) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}
