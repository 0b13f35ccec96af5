import { Activity, activityFromDraft, type ActivityDraft } from '../../../shared/domain/activities/activity';
import { activityReferenceIssues } from '../../../shared/domain/activities/integrity';
import { moveActivity, type StatusRefusal } from '../../../shared/domain/activities/lifecycle';
import { partnershipTitle } from '../../../shared/domain/partnership';
import type {
  ActivityChoices,
  ActivityFilter,
  ActivityStatusInput,
  ActivityView,
} from '../../../shared/ipc/channels/activities';
import type { BinaryExportFile } from '../../../shared/domain/importPreview';
import { AppFailure, toFieldIssues, type FieldIssue } from '../../../shared/ipc/errors';
import { activitiesToIcs } from './calendar';
import type { RecordMeta } from '../store/records';
import type { Tx } from '../store/transaction';
import { byStart, hostTownOf, matchesFilter, participantCounts, searchWords, viewOf } from './activityViews';
import type { ServiceContext } from '../context';
import { localIsoDate } from '../today';

type StoredActivity = Activity & RecordMeta;

export const noActivity = (id: string) => new AppFailure('NOT_FOUND', `No activity with id ${id}`);

const invalid = (message: string, issue: Omit<FieldIssue, 'message'>) =>
  new AppFailure('VALIDATION', message, [{ ...issue, message }]);

/** Checks one activity against the domain schema and against the records it names. */
export function checkedActivity(tx: Tx, a: Activity): Activity {
  const parsed = Activity.safeParse(a);
  if (!parsed.success)
    throw new AppFailure('VALIDATION', 'The activity would not be valid', toFieldIssues(parsed.error.issues));
  const organisations = new Set(tx.all('organisations').map((o) => o.id));
  const issues = activityReferenceIssues(a, tx.all('partnerships'), organisations);
  if (issues.length > 0)
    throw new AppFailure(
      'VALIDATION',
      'The activity names a link, host or organisation that does not exist',
      issues.map((i) => ({
        path: [
          i.code === 'hostNotAPartner'
            ? 'host'
            : i.code === 'unknownOrganisation'
              ? 'organisationIds'
              : 'partnershipIds',
        ],
        code: i.code === 'hostNotAPartner' ? 'host_not_a_partner' : 'unknown_reference',
        message: `${i.code} ${i.id}`,
      })),
    );
  return parsed.data;
}

/** The calendar's name and the file's, in the UI language (file names kept to ASCII). */
const CALENDAR: Readonly<Record<string, { name: string; file: string }>> = {
  en: { name: 'Twinning activities', file: 'twinning-activities' },
  ro: { name: 'Activități de înfrățire', file: 'activitati-infratire' },
  fr: { name: 'Activités de jumelage', file: 'activites-jumelage' },
  de: { name: 'Partnerschaftsaktivitäten', file: 'partnerschaftsaktivitaeten' },
};

const REFUSALS: Record<StatusRefusal, { path: string; code: string; message: string }> = {
  notAllowed: {
    path: 'status',
    code: 'activity_transition_not_allowed',
    message: 'This status change is not allowed',
  },
  beforeLastChange: {
    path: 'date',
    code: 'date_before_last_status',
    message: 'The change cannot predate the one before it',
  },
  notStartedYet: {
    path: 'date',
    code: 'activity_not_started',
    message: 'An activity cannot be held or reported before it starts',
  },
};

export function activityService(ctx: ServiceContext) {
  const db = () => ctx.store().data;
  const view = (a: StoredActivity) => viewOf(db(), a);
  const find = (id: string): StoredActivity => {
    const a = db().activities.find((x) => x.id === id);
    if (!a) throw noActivity(id);
    return a;
  };
  const listed = (filter: ActivityFilter): StoredActivity[] => {
    const words = searchWords(filter.text);
    return db()
      .activities.filter((a) => matchesFilter(a, filter, words))
      .sort(byStart);
  };

  return {
    list(filter: ActivityFilter): ActivityView[] {
      const data = db();
      const counts = participantCounts(data);
      return listed(filter).map((a) => viewOf(data, a, counts));
    },

    get: (id: string): ActivityView => view(find(id)),

    choices(): ActivityChoices {
      const data = db();
      return {
        home: data.municipality[0]?.name ?? '',
        links: data.partnerships.map((p) => ({
          id: p.id,
          title: partnershipTitle(p),
          towns: p.partners.map((t) => ({ id: t.id, name: t.place.name })),
        })),
      };
    },

    async save(draft: ActivityDraft): Promise<ActivityView> {
      const { value } = await ctx.store().transaction((tx): StoredActivity => {
        const now = tx.now.toISOString();
        if (draft.id === undefined) {
          const { id: _none, ...fields } = checkedActivity(
            tx,
            activityFromDraft(draft, { existing: null, newId: () => 'new', now }),
          );
          const today = localIsoDate(tx.now);
          return tx.insert('activities', {
            ...fields,
            statusHistory: fields.statusHistory.map((h) => ({ ...h, date: today })),
          });
        }
        const existing = tx.get('activities', draft.id);
        if (!existing) throw noActivity(draft.id);
        const next = checkedActivity(tx, activityFromDraft(draft, { existing, newId: ctx.newId, now }));
        return tx.put('activities', next, draft.rev);
      });
      return view(value);
    },

    async setStatus({ id, rev, status, date, note }: ActivityStatusInput): Promise<ActivityView> {
      const { value } = await ctx.store().transaction((tx) => {
        const existing = tx.get('activities', id);
        if (!existing) throw noActivity(id);
        if (date > localIsoDate(tx.now))
          throw invalid('A status change cannot be dated in the future', {
            path: ['date'],
            code: 'date_in_future',
          });
        const moved = moveActivity(existing, status, date, note);
        if (!moved.ok) {
          const r = REFUSALS[moved.reason];
          throw invalid(r.message, { path: [r.path], code: r.code });
        }
        return tx.put('activities', { ...existing, ...moved.activity }, rev);
      });
      return view(value);
    },

    /** The activities the filter keeps as one calendar file, in the UI language. */
    exportIcs(language: string, filter: ActivityFilter = {}): BinaryExportFile {
      const data = db();
      const names = CALENDAR[language] ?? CALENDAR.en!;
      const file = activitiesToIcs(
        listed(filter).map((activity) => ({ activity, hostTown: hostTownOf(data, activity) })),
        { lang: language, calendarName: names.name, now: ctx.now().toISOString() },
      );
      if (!file.ok) throw new AppFailure('INTERNAL', file.message);
      return {
        fileName: `${names.file}.ics`,
        mimeType: 'text/calendar',
        bytes: new TextEncoder().encode(file.text),
      };
    },
  };
}
export type ActivityService = ReturnType<typeof activityService>;
