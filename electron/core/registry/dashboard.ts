import { anniversaries } from '../../../shared/domain/anniversaries';
import { DORMANT_WARNINGS_SHOWN, type Dashboard } from '../../../shared/domain/dashboard';
import { PartnershipStatus } from '../../../shared/domain/partnership';
import type { ServiceContext } from '../context';
import { settingsOf } from '../store/views';
import { sortedSummaries } from './partnershipIndex';
import { localIsoDate } from '../today';

export const DEFAULT_HORIZON_DAYS = 365;

export function dashboardService(ctx: ServiceContext) {
  return {
    get(horizonDays = DEFAULT_HORIZON_DAYS): Dashboard {
      const data = ctx.store().data;
      const { partnerships } = data;
      const settings = settingsOf(data);
      const today = localIsoDate(ctx.now());
      const counts = Object.fromEntries(PartnershipStatus.options.map((s) => [s, 0])) as Dashboard['counts'];
      for (const p of partnerships) counts[p.status] += 1;
      const quiet = sortedSummaries(data, settings.dormantAfterMonths, today)
        .map((r) => r.summary)
        .filter((s) => s.dormant)
        // The longest silences first: a link never active at all (no date) leads.
        // ISO dates sort as plain strings; localeCompare took tens of ms on 20,000 quiet links.
        .sort((a, b) =>
          (a.lastActivity ?? '') < (b.lastActivity ?? '')
            ? -1
            : (a.lastActivity ?? '') > (b.lastActivity ?? '')
              ? 1
              : 0,
        );
      return {
        today,
        horizonDays,
        dormantAfterMonths: settings.dormantAfterMonths,
        counts,
        total: partnerships.length,
        anniversaries: anniversaries(partnerships, today, horizonDays),
        dormant: quiet.slice(0, DORMANT_WARNINGS_SHOWN).map((s) => ({
          partnershipId: s.id,
          title: s.title,
          status: s.status,
          lastActivity: s.lastActivity,
        })),
        dormantTotal: quiet.length,
      };
    },
  };
}
export type DashboardService = ReturnType<typeof dashboardService>;
