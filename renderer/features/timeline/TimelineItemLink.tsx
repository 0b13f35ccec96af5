import type { TFunction } from 'i18next';
import { memo } from 'react';
import { dayInPeriod } from '../../../shared/domain/timeline/labels';
import type { TimelineItem, TimelineKind } from '../../../shared/domain/timeline/timeline';
import type { Zoom } from '../../../shared/domain/timeline/zoom';
import { itemLabel } from './itemLabel';
import { targetPath } from './timelineParams';
import './timeline.css';

/** The words once for the whole grid: hundreds of items each asking i18next would cost a zoom its frame. */
export interface GridWords {
  t: TFunction;
  lang: string;
  kinds: Readonly<Record<TimelineKind, string>>;
  /** "3 more", and its name "3 more in Ornans, 2026": looked up once per count. */
  more(count: number): string;
  moreIn(count: number, cell: string): string;
}

const CELL = '\u0001';
/** The grid's words for its language: each busy cell asking i18next twice adds up over a zoom. */
export function gridWords(t: TFunction, lang: string, kinds: GridWords['kinds']): GridWords {
  const more = new Map<number, string>();
  const moreIn = new Map<number, string>();
  const once = (cache: Map<number, string>, count: number, make: () => string) => {
    let text = cache.get(count);
    if (text === undefined) cache.set(count, (text = make()));
    return text;
  };
  return {
    t,
    lang,
    kinds,
    more: (count) => once(more, count, () => t('more', { count })),
    moreIn: (count, cell) =>
      once(moreIn, count, () => t('moreIn', { count, cell: CELL })).replace(CELL, cell),
  };
}

export const Dot = ({ kind }: { kind: TimelineKind }) => (
  <span aria-hidden className="tl-dot" data-kind={kind} />
);

// Many items share a day: format each day once per zoom and language.
const days = new Map<string, string>();
function day(iso: string, zoom: Zoom, lang: string): string {
  const key = `${iso}|${zoom}|${lang}`;
  let text = days.get(key);
  if (text === undefined) {
    if (days.size > 20_000) days.clear();
    text = dayInPeriod(iso, zoom, lang);
    days.set(key, text);
  }
  return text;
}

/**
 * One item, a link to its activity, partnership, plan or application; the kind is said (in
 * its name), not only coloured. A plain anchor into the hash router (no router hooks per
 * link) styled by classes: the grid draws hundreds of them at a time.
 */
export const TimelineItemLink = memo(function TimelineItemLink({
  item,
  zoom,
  words,
}: {
  item: TimelineItem;
  zoom: Zoom;
  words: GridWords;
}) {
  const { t, lang } = words;
  const label = itemLabel(item, t, lang);
  // An item known by its year alone sits in the year's first quarter or month: say the year there.
  const when = item.date ? day(item.date, zoom, lang) : zoom === 'year' ? '' : String(item.year);
  const shown = when ? `${when} ${label}` : label;
  // Two elements an item (the dot is the link's background): a zoom lays out hundreds of them.
  return (
    <a
      href={`#${targetPath(item.target)}`}
      className="tl-item"
      data-kind={item.kind}
      title={shown}
      aria-label={`${words.kinds[item.kind]}: ${shown}`}
    >
      {when && <span className="tl-when">{when} </span>}
      {label}
    </a>
  );
});
