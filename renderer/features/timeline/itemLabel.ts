import type { TFunction } from 'i18next';
import { dayInPeriod } from '../../../shared/domain/timeline/labels';
import type { TimelineItem, TimelineKind } from '../../../shared/domain/timeline/timeline';

/** One colour per kind of item, the same as the printed timeline's. */
export const KIND_COLOURS: Readonly<Record<TimelineKind, string>> = {
  signing: 'var(--mantine-color-blue-8)',
  anniversary: 'var(--mantine-color-orange-8)',
  milestone: 'var(--mantine-color-grape-8)',
  action: 'var(--mantine-color-green-8)',
  activity: 'var(--mantine-color-dark-4)',
  deadline: 'var(--mantine-color-red-8)',
};
export const KINDS = Object.keys(KIND_COLOURS) as TimelineKind[];

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
