import { printableEvent } from '../../../shared/domain/activities/documents/printable';
import type { Application } from '../../../shared/domain/funding/application';
import type { Programme } from '../../../shared/domain/funding/programme';
import {
  packCosts,
  packOffered,
  packParticipants,
  publicityStatement,
} from '../../../shared/domain/funding/reportingPack';
import { RateBook } from '../../../shared/domain/money/rates';
import { AppFailure } from '../../../shared/ipc/errors';
import type { FinalReportInput, PackActivity, PackHeader } from '../pdf/builders/activities/packTypes';
import { categoryLabelsFor } from '../money/moneyCategories';
import type { StoreData } from '../store/schema';

/**
 * Why no pack can be made yet, each named for the window to translate: the grant is not
 * given (or the project is closed), or the application names no activity to report on.
 */
export function packRefusal(app: Application): AppFailure | null {
  if (!packOffered(app.status))
    return new AppFailure('INVARIANT', 'The reporting pack is made once the grant is awarded', [
      { path: ['status'], code: 'pack_not_awarded', message: app.status },
    ]);
  if (app.activityIds.length === 0)
    return new AppFailure('INVARIANT', 'The application names no activity to report on', [
      { path: ['activityIds'], code: 'pack_no_activities', message: 'no activities' },
    ]);
  return null;
}

/** Everything the pack's documents print about one application, read from the store in one go. */
export function gatherPack(db: Readonly<StoreData>, app: Application, programme: Programme, lang: string) {
  const refusal = packRefusal(app);
  if (refusal) throw refusal;
  const home = db.municipality[0] ?? null;
  const activities = app.activityIds.flatMap((id) => {
    const a = db.activities.find((x) => x.id === id);
    return a ? [a] : [];
  });
  const people = activities.map((a) => ({
    startDate: a.startDate,
    participants: db.participants.filter((p) => p.activityId === a.id),
  }));
  const { perActivity, project } = packParticipants(people);
  const packActivities: PackActivity[] = activities.map((a, i) => ({
    event: printableEvent(a, home, db.partnerships),
    counts: perActivity[i]!,
  }));
  const header: PackHeader = {
    lang,
    title: app.title,
    committee: db.committeeInfo[0]?.name ?? home?.name ?? '',
    programme: {
      name: programme.name,
      callYear: programme.callYear,
      callCode: programme.callCode,
      funder: programme.funder,
    },
  };
  const costs = packCosts(
    db.budgetLines,
    db.ledger,
    activities.map((a) => a.id),
    programme.currency,
    new RateBook(db.rates),
  );
  const report = (preparedOn: string): FinalReportInput => ({
    ...header,
    applicants: app.applicants,
    projectStart: app.projectStart,
    projectEnd: app.projectEnd,
    amounts: app.amounts,
    activities: packActivities,
    participants: project,
    costs,
    categoryLabels: categoryLabelsFor(
      db,
      lang,
      costs.byCategory.map((r) => r.category),
    ),
    preparedOn,
  });
  const statement = publicityStatement(programme.publicity, lang);
  return { activities, packActivities, header, report, statement };
}
