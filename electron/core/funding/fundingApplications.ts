import {
  Application,
  applicationIssues,
  internalDeadline,
  moveApplication,
  type ApplicationDraft,
} from '../../../shared/domain/funding/application';
import { checkEligibility, overallOutcome } from '../../../shared/domain/funding/eligibility';
import { estimateGrant, type GrantEstimate } from '../../../shared/domain/funding/estimate';
import type { ApplicationView, FundingDeadline } from '../../../shared/ipc/channels/funding';
import { AppFailure, toFieldIssues } from '../../../shared/ipc/errors';
import type { Collections } from '../store/records';
import type { Tx } from '../store/transaction';
import type { ServiceContext } from '../context';
import { applicationFacts } from './fundingFacts';
import { detachApplication } from '../money/grantLinks';
import { detachTasks } from '../planning/planningLinks';
import type { FundingProgrammes } from './fundingProgrammes';
import { localIsoDate } from '../today';
import type { Money } from '../../../shared/domain/money';

type Stored = Collections['applications'];

const noApplication = (id: string) => new AppFailure('NOT_FOUND', `No application with id ${id}`);

const REFUSALS = {
  notAllowed: {
    path: 'status',
    code: 'application_transition_not_allowed',
    message: 'This status change is not allowed',
  },
  beforeLastChange: {
    path: 'date',
    code: 'date_before_last_status',
    message: 'The change cannot predate the one before it',
  },
} as const;

const awardRefusal = (path: string[], code: string, message: string) =>
  new AppFailure('VALIDATION', message, [{ path, code, message }]);

/**
 * The amounts once the status changes: the award records the amount the decision gives (so
 * Amounts, the grant income and the reporting pack show it), in the application's currency.
 */
function awardedAmounts(
  a: Stored,
  status: Application['status'],
  awarded: Money | undefined,
): Stored['amounts'] {
  if (status !== 'awarded') {
    if (awarded)
      throw awardRefusal(['awarded'], 'awarded_not_asked', 'An amount is recorded with the award only');
    return a.amounts;
  }
  if (!awarded)
    throw awardRefusal(['awarded', 'amount'], 'awarded_required', 'The award needs the amount awarded');
  if (awarded.amount <= 0)
    throw awardRefusal(
      ['awarded', 'amount'],
      'awarded_not_positive',
      'The amount awarded must be more than zero',
    );
  const amounts = { ...a.amounts, awarded };
  const mixed = applicationIssues({ ...a, amounts }).some((i) => i.code === 'currency_mismatch');
  if (mixed)
    throw awardRefusal(
      ['awarded', 'currency'],
      'currency_mismatch',
      'The amount awarded is in another currency',
    );
  return amounts;
}

export function fundingApplications(
  ctx: ServiceContext,
  programmes: FundingProgrammes,
  /** Whether the attachment store holds a file a checklist item names. */
  fileExists: (name: string) => Promise<boolean>,
) {
  const db = () => ctx.store().data;
  const nameOf = (a: Application) => {
    try {
      const p = programmes.resolve(a.programme).programme;
      return `${p.name} ${p.callYear}`;
    } catch {
      return a.programme.programmeId;
    }
  };
  const view = (a: Stored): ApplicationView => ({
    ...a,
    programmeName: nameOf(a),
    internalDeadline: internalDeadline(a),
  });
  const find = (id: string): Stored => {
    const a = db().applications.find((x) => x.id === id);
    if (!a) throw noApplication(id);
    return a;
  };

  function checked(tx: Tx, a: Omit<Application, 'id'> & { id?: string }, draft: ApplicationDraft): void {
    const issues = applicationIssues(draft);
    if (issues.length > 0)
      throw new AppFailure(
        'VALIDATION',
        'The application would not be valid',
        issues.map((i) => ({ ...i, message: i.code })),
      );
    const parsed = Application.safeParse({ id: 'x', ...a });
    if (!parsed.success)
      throw new AppFailure(
        'VALIDATION',
        'The application would not be valid',
        toFieldIssues(parsed.error.issues),
      );
    programmes.resolve(draft.programme);
    const known = new Set(tx.all('activities').map((x) => x.id));
    const missing = draft.activityIds.findIndex((id) => !known.has(id));
    if (missing >= 0)
      throw new AppFailure('VALIDATION', 'The application names an activity that does not exist', [
        { path: ['activityIds', missing], code: 'unknown_reference', message: draft.activityIds[missing]! },
      ]);
  }

  return {
    list: (): ApplicationView[] =>
      [...db().applications]
        .sort(
          (a, b) =>
            (internalDeadline(a) ?? '9999').localeCompare(internalDeadline(b) ?? '9999') ||
            a.title.localeCompare(b.title),
        )
        .map(view),
    get: (id: string) => view(find(id)),

    async save(draft: ApplicationDraft): Promise<ApplicationView> {
      const { id, rev, ...fields } = draft;
      for (const [i, item] of draft.checklist.entries())
        if (item.attachment !== null && !(await fileExists(item.attachment)))
          throw new AppFailure('VALIDATION', 'The document file is not in the data folder', [
            { path: ['checklist', i, 'attachment'], code: 'document_missing', message: 'document_missing' },
          ]);
      const { value } = await ctx.store().transaction((tx) => {
        if (id === undefined) {
          const today = localIsoDate(tx.now);
          const record = {
            ...fields,
            programmeId: fields.programme.programmeId,
            status: 'idea' as const,
            history: [{ status: 'idea' as const, date: today, note: '' }],
            lastCheck: null,
            createdAt: tx.now.toISOString(),
          };
          checked(tx, record, draft);
          return tx.insert('applications', record);
        }
        const existing = tx.get('applications', id);
        if (!existing) throw noApplication(id);
        const next = { ...existing, ...fields, programmeId: fields.programme.programmeId };
        checked(tx, next, draft);
        return tx.put('applications', next, rev);
      });
      return view(value);
    },

    async setStatus(input: {
      id: string;
      rev?: number | undefined;
      status: Application['status'];
      date: string;
      note: string;
      awarded?: Money | undefined;
    }): Promise<ApplicationView> {
      const { value } = await ctx.store().transaction((tx) => {
        const existing = tx.get('applications', input.id);
        if (!existing) throw noApplication(input.id);
        if (input.date > localIsoDate(tx.now))
          throw new AppFailure('VALIDATION', 'A status change cannot be dated in the future', [
            { path: ['date'], code: 'date_in_future', message: 'date_in_future' },
          ]);
        const moved = moveApplication(existing, input.status, input.date, input.note);
        if (!moved.ok) {
          const r = REFUSALS[moved.reason];
          throw new AppFailure('VALIDATION', r.message, [
            { path: [r.path], code: r.code, message: r.message },
          ]);
        }
        const amounts = awardedAmounts(existing, input.status, input.awarded);
        return tx.put(
          'applications',
          { ...existing, amounts, status: moved.status, history: moved.history },
          input.rev,
        );
      });
      return view(value);
    },

    async remove(id: string): Promise<{ id: string }> {
      await ctx.store().transaction((tx) => {
        const a = tx.get('applications', id);
        if (!a) throw noApplication(id);
        detachApplication(tx, a);
        // The tasks that served it stay, with its title as a note.
        detachTasks(tx, (l) => l.kind === 'application' && l.applicationId === id);
        tx.remove('applications', id);
      });
      return { id };
    },

    /** Checks the application against its programme version and stores the result with that version. */
    async check(id: string) {
      const { value } = await ctx.store().transaction((tx) => {
        const a = tx.get('applications', id);
        if (!a) throw noApplication(id);
        const version = programmes.resolve(a.programme);
        const facts = applicationFacts(ctx.store().data, a, version.programme.currency);
        const results = checkEligibility(version.programme, facts, programmes.countryLists());
        const lastCheck = {
          at: tx.now.toISOString(),
          programme: a.programme,
          programmeRev: version.rev,
          outcome: overallOutcome(results),
          results,
        };
        return tx.put('applications', { ...a, lastCheck });
      });
      return { application: view(value), check: value.lastCheck! };
    },

    estimate(id: string): GrantEstimate {
      const a = find(id);
      const version = programmes.resolve(a.programme);
      return estimateGrant(version.programme, applicationFacts(db(), a, version.programme.currency));
    },

    /** Every open application's deadline, the internal date first. */
    deadlines(): FundingDeadline[] {
      return db()
        .applications.filter((a) => a.deadline && ['idea', 'drafting'].includes(a.status))
        .map((a) => ({
          applicationId: a.id,
          title: a.title,
          programmeName: nameOf(a),
          status: a.status,
          internal: internalDeadline(a),
          funder: a.deadline!,
        }))
        .sort((x, y) => (x.internal ?? x.funder.date).localeCompare(y.internal ?? y.funder.date));
    },
  };
}
export type FundingApplications = ReturnType<typeof fundingApplications>;
