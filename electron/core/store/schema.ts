import { z } from 'zod';
import { DEFAULT_DORMANT_AFTER_MONTHS } from '../../../shared/domain/settings';
import { CommitteeInfoV5, MunicipalityV5, SettingsV5, ShortlistEntryV5 } from './migrations/frozenRecordsV5';
import { AgreementV7, MemberV7, PartnershipV7 } from './storedRecordsV7';
import {
  ActivityV8,
  ApplicationV8,
  MeetingV8,
  PlanV8,
  ProgrammeV8,
  TaskV8,
  BudgetCategoryV8,
  BudgetLineV8,
  CofinancingPlanV8,
  ExchangeRateV8,
  HostAssignmentV8,
  HouseholdV8,
  LedgerEntryV8,
  OrganisationV8,
  ParticipantV8,
} from './storedRecordsV8';
import { COLLECTIONS, SINGLETON_ID, type CollectionName, type Collections, type Tombstone } from './records';

/**
 * The store file as this version of the app writes it: a storage schema, apart from the
 * input schemas in shared/. It checks structure (ids, enums, nesting, revisions), not the
 * rules a form enforces, so tightening a form later never marks an existing store damaged.
 * Each later version adds a migration in ./migrations and freezes this shape there.
 */
export const CURRENT_SCHEMA_VERSION = 8;

const Rev = z.int().min(1);
const meta = <const Id extends string>(id: Id) => ({ id: z.literal(id), rev: Rev, updatedAt: z.string() });

export const StoredRecords = {
  partnerships: PartnershipV7.extend({ rev: Rev }),
  agreements: AgreementV7.extend({ rev: Rev }),
  shortlist: ShortlistEntryV5.extend({ rev: Rev }),
  members: MemberV7.extend({ rev: Rev }),
  settings: SettingsV5.extend(meta(SINGLETON_ID.settings)),
  municipality: MunicipalityV5.extend(meta(SINGLETON_ID.municipality)),
  committeeInfo: CommitteeInfoV5.extend(meta(SINGLETON_ID.committeeInfo)),
  activities: ActivityV8,
  participants: ParticipantV8,
  households: HouseholdV8,
  hostAssignments: HostAssignmentV8,
  organisations: OrganisationV8,
  budgetLines: BudgetLineV8,
  ledger: LedgerEntryV8,
  cofinancing: CofinancingPlanV8,
  rates: ExchangeRateV8,
  budgetCategories: BudgetCategoryV8,
  plans: PlanV8,
  tasks: TaskV8,
  meetings: MeetingV8,
  applications: ApplicationV8,
  programmes: ProgrammeV8,
} satisfies Record<CollectionName, z.ZodType>;

export const StoredTombstone = z.object({
  id: z.string().min(1),
  collection: z.enum(COLLECTIONS),
  rev: Rev,
  deletedAt: z.string(),
});

export const StorageV8 = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  /** The store's revision: one more for every journalled change set. */
  revision: z.number().int().min(0),
  partnerships: z.array(StoredRecords.partnerships),
  /** At most one charter per partnership, with its kept versions. */
  agreements: z.array(StoredRecords.agreements),
  /** Candidate partner towns kept from partner search. */
  shortlist: z.array(StoredRecords.shortlist),
  members: z.array(StoredRecords.members),
  settings: z.array(StoredRecords.settings).length(1),
  municipality: z.array(StoredRecords.municipality).max(1),
  committeeInfo: z.array(StoredRecords.committeeInfo).max(1),
  activities: z.array(StoredRecords.activities),
  /** Each belongs to one activity. */
  participants: z.array(StoredRecords.participants),
  /** Host families, kept from one activity to the next. */
  households: z.array(StoredRecords.households),
  /** One guest in one household for one activity. */
  hostAssignments: z.array(StoredRecords.hostAssignments),
  /** Schools, clubs and associations that take part in activities. */
  organisations: z.array(StoredRecords.organisations),
  budgetLines: z.array(StoredRecords.budgetLines),
  /** Actual income and spending. */
  ledger: z.array(StoredRecords.ledger),
  cofinancing: z.array(StoredRecords.cofinancing),
  rates: z.array(StoredRecords.rates),
  /**
   * The committee's own budget categories and its renamed or retired built-in ones. Added to
   * version 8 after its first release: a version-8 file written before has none, which is
   * what it meant, so it opens as it is and needs no version of its own.
   */
  budgetCategories: z.array(StoredRecords.budgetCategories).default([]),
  /** One rolling plan per partnership. */
  plans: z.array(StoredRecords.plans),
  tasks: z.array(StoredRecords.tasks),
  meetings: z.array(StoredRecords.meetings),
  /** Funding applications. */
  applications: z.array(StoredRecords.applications),
  /** Programme calls the secretary copied or edited. */
  programmes: z.array(StoredRecords.programmes),
  tombstones: z.array(StoredTombstone),
});

/**
 * The data as services see it: typed by the domain, validated on read by StorageV8 (structure)
 * and on write by the domain schemas (every rule).
 */
export type StoreData = {
  schemaVersion: typeof CURRENT_SCHEMA_VERSION;
  revision: number;
  tombstones: Tombstone[];
} & { [C in CollectionName]: Collections[C][] };

/**
 * The one place where the file's structural type meets the domain type. The file schema is
 * looser than the domain on purpose (it checks structure, not every rule), and every record
 * in it was written through its domain schema, so the validated value is taken as typed.
 */
function asDomainTyped(validated: unknown): StoreData {
  return validated as StoreData;
}

/** Validates a parsed file. */
export function parseStorage(raw: unknown): { ok: true; data: StoreData } | { ok: false; where: string } {
  const parsed = StorageV8.safeParse(raw);
  if (parsed.success) return { ok: true, data: asDomainTyped(parsed.data) };
  const first = parsed.error.issues[0];
  return { ok: false, where: first ? `${first.path.join('.') || '(root)'}: ${first.message}` : '' };
}

export function emptyStore(now: Date = new Date(0)): StoreData {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    revision: 0,
    partnerships: [],
    agreements: [],
    shortlist: [],
    members: [],
    settings: [
      {
        id: SINGLETON_ID.settings,
        rev: 1,
        updatedAt: now.toISOString(),
        locale: null,
        dormantAfterMonths: DEFAULT_DORMANT_AFTER_MONTHS,
      },
    ],
    municipality: [],
    committeeInfo: [],
    activities: [],
    participants: [],
    households: [],
    hostAssignments: [],
    organisations: [],
    budgetLines: [],
    ledger: [],
    cofinancing: [],
    rates: [],
    budgetCategories: [],
    plans: [],
    tasks: [],
    meetings: [],
    applications: [],
    programmes: [],
    tombstones: [],
  };
}
