import { z } from 'zod';
import { Id, IsoDate, Rev, Timestamp, text } from '../../domain/common';
import {
  Application,
  ApplicationDraft,
  ApplicationStatus,
  EligibilityCheck,
  ProgrammeRef,
} from '../../domain/funding/application';
import { CountryList, Programme } from '../../domain/funding/programme';
import { Currency } from '../../domain/money/currencies';
import { Money } from '../../domain/money/money';
import { ExchangeRate } from '../../domain/money/rates';
import { MAX_DOCUMENT_BYTES } from '../../domain/files/documentTypes';
import { Bytes } from '../bytes';
import { none } from './app';
import { UnconvertedView } from './moneyViews';

/** Room for the request around a file of the largest size allowed (one mebibyte). */
const TRANSPORT_MARGIN = 2 ** 20;

const byId = z.object({ id: Id }).strict();

/** One programme version as the window lists it: shipped (recordId null) or edited by the secretary. */
export const ProgrammeVersion = z.object({
  ref: ProgrammeRef,
  rev: Rev.nullable(),
  updatedAt: Timestamp.nullable(),
  programme: Programme,
  /** For an edited version: the version it was copied from. */
  basedOn: ProgrammeRef.nullable(),
});
export type ProgrammeVersion = z.infer<typeof ProgrammeVersion>;

export const ProgrammeChangeView = z.object({
  section: z.enum(['programme', 'rules', 'amounts', 'deadlines', 'documents']),
  item: z.string().nullable(),
  change: z.enum(['added', 'removed', 'changed']),
  field: z.string().nullable(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

export const EstimateLineView = z.object({
  partId: z.string(),
  kind: z.enum(['lumpSumBands', 'travelBands', 'perDay', 'perKm', 'shareOfCosts']),
  status: z.enum(['computed', 'notEntered', 'dataMissing', 'noBand']),
  amount: z.int().nullable(),
  figures: z.record(z.string(), z.union([z.number(), z.string(), z.null()])),
});
export const GrantEstimateView = z.object({
  currency: z.string(),
  total: z.int().nullable(),
  complete: z.boolean(),
  lines: z.array(EstimateLineView),
});
export type GrantEstimateView = z.infer<typeof GrantEstimateView>;

export const ApplicationView = Application.extend({
  rev: Rev,
  updatedAt: Timestamp,
  /** The programme's name and the internal deadline, as lists and cards show them. */
  programmeName: z.string(),
  internalDeadline: IsoDate.nullable(),
});
export type ApplicationView = z.infer<typeof ApplicationView>;

export const ApplicationStatusInput = z
  .object({
    id: Id,
    rev: Rev.optional(),
    status: ApplicationStatus,
    date: IsoDate,
    note: text(1000),
    /** The amount the grant decision gives: asked with the award, and only then. */
    awarded: Money.optional(),
  })
  .strict();

/** A deadline as the Overview and the calendar show it: the internal date first, then the funder's. */
export const FundingDeadline = z.object({
  applicationId: Id,
  title: z.string(),
  programmeName: z.string(),
  status: ApplicationStatus,
  internal: IsoDate.nullable(),
  funder: z.object({ date: IsoDate, time: z.string(), timeZone: z.string() }),
});
export type FundingDeadline = z.infer<typeof FundingDeadline>;

/** The application's amounts next to the income booked against it, in the application's currency. */
export const GrantIncomeView = z.object({
  currency: Currency,
  requested: Money.nullable(),
  awarded: Money.nullable(),
  advanced: Money.nullable(),
  paid: Money.nullable(),
  entries: z.array(
    z.object({
      entryId: Id,
      date: IsoDate,
      counterparty: z.string(),
      amount: Money,
      converted: Money.nullable(),
    }),
  ),
  booked: Money,
  unconverted: z.array(UnconvertedView),
  ratesUsed: z.array(ExchangeRate),
  /** Co-financing plans (by year) with a share planned on this application. */
  plannedIn: z.array(z.object({ planId: Id, year: z.int(), activityId: Id.nullable() })),
});
export type GrantIncomeView = z.infer<typeof GrantIncomeView>;

const checklistItem = { id: Id, rev: Rev.optional(), documentId: z.string().min(1).max(60) };

export const fundingChannels = {
  'funding:programmes': { input: none, output: z.array(ProgrammeVersion) },
  'funding:countries': { input: none, output: z.array(CountryList) },
  /** Shipped files refused as unreadable, each with what is wrong, naming the rule. */
  'funding:refusedFiles': {
    input: none,
    output: z.array(
      z.object({
        file: z.string(),
        problems: z.array(z.object({ item: z.string().nullable(), code: z.string(), message: z.string() })),
      }),
    ),
  },
  'funding:copyProgramme': {
    input: z.object({ from: ProgrammeRef, callYear: z.int().min(2000).max(2100) }).strict(),
    output: ProgrammeVersion,
  },
  'funding:saveProgramme': {
    input: z.object({ id: Id, rev: Rev, programme: z.unknown() }).strict(),
    output: ProgrammeVersion,
  },
  'funding:removeProgramme': { input: byId, output: z.object({ id: Id }) },
  'funding:programmeChanges': { input: byId, output: z.array(ProgrammeChangeView) },
  'funding:applications': { input: none, output: z.array(ApplicationView) },
  'funding:application': { input: byId, output: ApplicationView },
  'funding:saveApplication': { input: ApplicationDraft, output: ApplicationView },
  'funding:setApplicationStatus': { input: ApplicationStatusInput, output: ApplicationView },
  'funding:removeApplication': { input: byId, output: z.object({ id: Id }) },
  'funding:check': {
    input: byId,
    output: z.object({ application: ApplicationView, check: EligibilityCheck }),
  },
  'funding:estimate': { input: byId, output: GrantEstimateView },
  'funding:deadlines': { input: none, output: z.array(FundingDeadline) },
  'funding:grantIncome': { input: byId, output: GrantIncomeView },
  /** Keeps a file with a required document; refused at `file` when it is no PDF, image or office document. */
  'funding:attachDocument': {
    input: z
      .object({
        ...checklistItem,
        bytes: Bytes(MAX_DOCUMENT_BYTES + TRANSPORT_MARGIN),
        fileName: z.string().max(1000),
      })
      .strict(),
    output: ApplicationView,
  },
  'funding:detachDocument': { input: z.object(checklistItem).strict(), output: ApplicationView },
  'funding:document': {
    input: z.object({ id: Id, documentId: z.string().min(1).max(60) }).strict(),
    output: z.object({
      bytes: Bytes(MAX_DOCUMENT_BYTES + TRANSPORT_MARGIN),
      mediaType: z.string(),
      fileName: z.string(),
    }),
  },
} as const;
