import { collectTimeline } from '../../../shared/domain/timeline/collect';
import type { Timeline, TimelineSpan } from '../../../shared/domain/timeline/timeline';
import type { ServiceContext } from '../context';
import type { FundingApplications } from '../funding/fundingApplications';

/**
 * The timeline of all partnerships: signings, round anniversaries, plan actions and milestones,
 * activities and the open applications' deadlines (internal day first), a row per link. A
 * deadline belongs to the links its application's activities serve.
 */
export function timelineService(ctx: ServiceContext, funding: Pick<FundingApplications, 'deadlines'>) {
  return {
    get(span: TimelineSpan): Timeline {
      const data = ctx.store().data;
      const activityLinks = new Map(data.activities.map((a) => [a.id, a.partnershipIds]));
      const applications = new Map(data.applications.map((a) => [a.id, a.activityIds]));
      const deadlines = funding.deadlines().map((d) => ({
        ...d,
        partnershipIds: [
          ...new Set((applications.get(d.applicationId) ?? []).flatMap((id) => activityLinks.get(id) ?? [])),
        ],
      }));
      const collected = collectTimeline(
        { partnerships: data.partnerships, plans: data.plans, activities: data.activities, deadlines },
        span,
      );
      return { ...span, ...collected };
    },
  };
}
export type TimelineService = ReturnType<typeof timelineService>;
