import type { TFunction } from 'i18next';
import { dayInPeriod } from '../../../shared/domain/timeline/labels';
import type { TimelineItem, TimelineKind } from '../../../shared/domain/timeline/timeline';

/** The kinds in the legend's order; their colours are in timeline.css, the same as the printed timeline's. */
export const KINDS: readonly TimelineKind[] = [
  'signing',
  'anniversary',
  'milestone',
  'action',
  'activity',
  'deadline',
];

/** What an item says on the screen: "25 years", "Signing · Ornans", a deadline with the funder's day. */
export function itemLabel(item: TimelineItem, t: TFunction, lang: string): string {
  switch (item.kind) {
    case 'anniversary':
      return t('years', { count: Number(item.detail) });
    case 'signing':
      return [t('kinds.signing'), item.title].filter(Boolean).join(' · ');
    case 'deadline':
      return item.until
        ? `${item.title} (${t('funder', { date: dayInPeriod(item.until, 'year', lang) })})`
        : item.title;
    default:
      return item.title;
  }
}
