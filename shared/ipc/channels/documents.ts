import { z } from 'zod';
import { Id, IsoDate, text } from '../../domain/common';
import { Currency } from '../../domain/money/currencies';
import { SignatureListChoice } from './participants';
import { Bytes } from '../bytes';

/** Far above any charter or report; only there so a runaway document cannot fill the memory. */
const DocLanguage = z.enum(['en', 'ro', 'fr', 'de']);

export const MAX_DOCUMENT_BYTES = 200 * 1024 * 1024;

/**
 * Every printed document the core can make, one member per kind with its own parameters.
 * A new document (an activity programme, a budget, a report) adds a member here and a
 * builder in electron/core/documents; the channel, the transports and the saving stay.
 */
export const DocumentRequest = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('agreement'),
      /** The charter's draft (no version) or a kept version. */
      params: z.object({ partnershipId: Id, version: z.int().min(1).optional() }).strict(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('budgetReport'),
      /** A year's budget report in the reporting currency, in the language asked for. */
      params: z
        .object({
          year: z.int().min(1900).max(2200),
          reportingCurrency: Currency.default('EUR'),
          activityId: Id.nullable().optional(),
          language: z.enum(['en', 'ro', 'fr', 'de']),
        })
        .strict(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('activityProgramme'),
      /** One activity's day-by-day programme, printed in `language` (the UI language). */
      params: z.object({ activityId: Id, language: DocLanguage }).strict(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('participantList'),
      /**
       * The lists to be signed: one per invited town and one for local participants, or just
       * the one chosen; every label in one language or two ("Name / Nume").
       */
      params: z
        .object({
          activityId: Id,
          languages: z.array(DocLanguage).min(1).max(2),
          list: SignatureListChoice.optional(),
        })
        .strict(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('invitation'),
      /** The letter to one partner town of the activity, in full in the host's language and the town's. */
      params: z
        .object({
          activityId: Id,
          townId: Id,
          languages: z.tuple([DocLanguage, DocLanguage]).optional(),
          signatory: z
            .object({ name: text(120), office: text(120) })
            .strict()
            .optional(),
          replyBy: IsoDate.nullable().optional(),
        })
        .strict(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('hostSheet'),
      /** Who stays where for one activity, with the households' contacts and the guests not yet placed. */
      params: z.object({ activityId: Id, language: z.enum(['en', 'ro', 'fr', 'de']) }).strict(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('welcomeSheets'),
      /** A welcome page per guest needing a host, in the guest's language; `language` where none is known. */
      params: z.object({ activityId: Id, language: z.enum(['en', 'ro', 'fr', 'de']) }).strict(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('annualReport'),
      /**
       * The committee's report on a year for its general assembly and the town council: in one
       * language, or in two (the whole report once in each); money in the reporting currency.
       */
      params: z
        .object({
          year: z.int().min(1900).max(2200),
          languages: z
            .array(DocLanguage)
            .min(1)
            .max(2)
            .refine((l) => l.length < 2 || l[0] !== l[1], { message: 'languages_twice' }),
          reportingCurrency: Currency.default('EUR'),
        })
        .strict(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('meetingAgenda'),
      /** A committee meeting's agenda, printed in `language` (the UI language). */
      params: z.object({ meetingId: Id, language: z.enum(['en', 'ro', 'fr', 'de']) }).strict(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('meetingMinutes'),
      /** A committee meeting's minutes with its decisions and their tasks. */
      params: z.object({ meetingId: Id, language: z.enum(['en', 'ro', 'fr', 'de']) }).strict(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('funding-final-report'),
      /** An awarded application's final report: activities, participants, themes, day by day, costs. */
      params: z.object({ applicationId: Id, language: DocLanguage }).strict(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('funding-publication'),
      /** The text an awarded application's towns publish, with the programme's funding statement. */
      params: z.object({ applicationId: Id, language: DocLanguage }).strict(),
    })
    .strict(),
]);
export type DocumentRequest = z.infer<typeof DocumentRequest>;
export type DocumentKind = DocumentRequest['kind'];

export const RenderedDocument = z.object({
  bytes: Bytes(MAX_DOCUMENT_BYTES),
  fileName: z.string().min(1),
  mime: z.literal('application/pdf'),
});
export type RenderedDocument = z.infer<typeof RenderedDocument>;

export const documentChannels = {
  'document:render': { input: DocumentRequest, output: RenderedDocument },
} satisfies Record<string, { input: z.ZodType; output: z.ZodType }>;
