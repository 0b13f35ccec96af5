import { VisuallyHidden } from '@mantine/core';
import type { TFunction } from 'i18next';
import { memo, type CSSProperties } from 'react';
import { Link } from 'react-router';
import { dayInPeriod } from '../../../shared/domain/timeline/labels';
import type { TimelineItem } from '../../../shared/domain/timeline/timeline';
import type { Zoom } from '../../../shared/domain/timeline/zoom';
import { itemLabel, KIND_COLOURS } from './itemLabel';
import { targetPath } from './timelineParams';

/** The words once for the whole grid: hundreds of items each asking i18next would cost a zoom its frame. */
export interface GridWords {
  t: TFunction;
  lang: string;
}

const dotStyle = (colour: string): CSSProperties => ({
  display: 'inline-block',
  width: 8,
  height: 8,
  borderRadius: 4,
  background: colour,
  flex: 'none',
  marginTop: 5,
});
export const Dot = ({ colour }: { colour: string }) => <span aria-hidden style={dotStyle(colour)} />;

const linkStyle: CSSProperties = {
  display: 'flex',
  gap: 4,
  lineHeight: '18px',
  height: 20,
  overflow: 'hidden',
  color: 'inherit',
  fontSize: 'var(--mantine-font-size-xs)',
  textDecoration: 'none',
};
const textStyle: CSSProperties = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' };
const whenStyle: CSSProperties = { color: 'var(--mantine-color-dimmed)' };

/**
 * One item, a link to its activity, partnership, plan or application; the kind is said, not
 * only coloured. A plain router link: the grid draws hundreds of them at a time.
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
  const when = item.date ? dayInPeriod(item.date, zoom, lang) : zoom === 'year' ? '' : String(item.year);
  return (
    <Link to={targetPath(item.target)} title={[when, label].filter(Boolean).join(' ')} style={linkStyle}>
      <Dot colour={KIND_COLOURS[item.kind]} />
      <VisuallyHidden>{`${t(`kinds.${item.kind}`)}: `}</VisuallyHidden>
      <span style={textStyle}>
        {when && <span style={whenStyle}>{when} </span>}
        {label}
      </span>
    </Link>
  );
});
