import type { Activity } from '../../../shared/domain/activities/activity';
import type { HostAssignment, HostHousehold } from '../../../shared/domain/activities/household';
import type { Organisation } from '../../../shared/domain/activities/organisation';
import type { Participant } from '../../../shared/domain/activities/participant';
import type { Application } from '../../../shared/domain/funding/application';
import type { EditedProgramme } from '../../../shared/domain/funding/editedProgramme';
import type { Agreement } from '../../../shared/domain/agreement/model';
import type { BudgetCategory } from '../../../shared/domain/budget/categories';
import type { BudgetLine, CofinancingPlan, LedgerEntry } from '../../../shared/domain/budget/model';
import type { Meeting } from '../../../shared/domain/meetings/meeting';
import type { Plan } from '../../../shared/domain/plan/plan';
import type { Task } from '../../../shared/domain/plan/task';
import type { ExchangeRate } from '../../../shared/domain/money/rates';
import type { CommitteeInfo, Member, Municipality } from '../../../shared/domain/committee';
import type { Partnership } from '../../../shared/domain/partnership';
import type { Settings } from '../../../shared/domain/settings';
import type { ShortlistEntry } from '../../../shared/domain/shortlist';

/** Every collection of the store; singletons are collections holding one record with a fixed id. */
export const COLLECTIONS = [
  'partnerships',
  'agreements',
  'shortlist',
  'members',
  'settings',
  'municipality',
  'committeeInfo',
  'activities',
  'participants',
  'households',
  'hostAssignments',
  'organisations',
  'budgetLines',
  'ledger',
  'cofinancing',
  'rates',
  'budgetCategories',
  'plans',
  'tasks',
  'meetings',
  'applications',
  'programmes',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** The ids the core gives the singletons; a client never chooses them. */
export const SINGLETON_ID = {
  settings: 'settings',
  municipality: 'municipality',
  committeeInfo: 'committee',
} as const;

/** A deletion is remembered this long (for sync and for "what changed"), then purged at compaction. */
export const TOMBSTONE_RETENTION_DAYS = 90;

export interface RecordMeta {
  id: string;
  /** Starts at 1 and grows by one with every write of this record. */
  rev: number;
  updatedAt: string;
}

export type SettingsRecord = Settings & RecordMeta & { id: typeof SINGLETON_ID.settings };
export type MunicipalityRecord = Municipality & RecordMeta & { id: typeof SINGLETON_ID.municipality };
export type CommitteeInfoRecord = CommitteeInfo & RecordMeta & { id: typeof SINGLETON_ID.committeeInfo };
export type AgreementRecord = Agreement & { rev: number };

/** What each collection holds. */
export interface Collections {
  partnerships: Partnership;
  agreements: AgreementRecord;
  shortlist: ShortlistEntry;
  members: Member;
  settings: SettingsRecord;
  municipality: MunicipalityRecord;
  committeeInfo: CommitteeInfoRecord;
  activities: Activity & RecordMeta;
  participants: Participant & RecordMeta;
  households: HostHousehold & RecordMeta;
  hostAssignments: HostAssignment & RecordMeta;
  organisations: Organisation & RecordMeta;
  budgetLines: BudgetLine & RecordMeta;
  ledger: LedgerEntry & RecordMeta;
  cofinancing: CofinancingPlan & RecordMeta;
  rates: ExchangeRate & RecordMeta;
  budgetCategories: BudgetCategory & RecordMeta;
  plans: Plan & RecordMeta;
  tasks: Task & RecordMeta;
  meetings: Meeting & RecordMeta;
  applications: Application & RecordMeta;
  programmes: EditedProgramme & RecordMeta;
}
export type RecordOf<C extends CollectionName> = Collections[C];
/** What a service writes: the core owns `rev` and `updatedAt` (and mints `id` on insert). */
export type FieldsOf<C extends CollectionName> = Omit<Collections[C], 'id' | 'rev' | 'updatedAt'>;
export type Writable<C extends CollectionName> = Omit<Collections[C], 'rev' | 'updatedAt'>;

/** A deleted record: which one, when, at which revision. Never any of its content. */
export interface Tombstone {
  id: string;
  collection: CollectionName;
  rev: number;
  deletedAt: string;
}

export interface Change {
  collection: CollectionName;
  id: string;
  rev: number;
  op: 'put' | 'remove';
}
export type ChangeSet = Change[];
