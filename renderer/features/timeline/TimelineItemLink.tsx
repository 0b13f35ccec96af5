import { Anchor, Box, VisuallyHidden } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dayInPeriod } from '../../../shared/domain/timeline/labels';
import type { TimelineItem } from '../../../shared/domain/timeline/timeline';
import type { Zoom } from '../../../shared/domain/timeline/zoom';
import { itemLabel, KIND_COLOURS } from './itemLabel';
import { targetPath } from './timelineParams';

export const Dot = ({ colour }: { colour: string }) => (
  <Box
    component="span"
    aria-hidden
    style={{ width: 8, height: 8, borderRadius: 4, background: colour, flex: 'none', marginTop: 5 }}
  />
);

/** One item, a link to its activity, partnership, plan or application; the kind is said, not only coloured. */
export const TimelineItemLink = memo(function TimelineItemLink({
  item,
  zoom,
}: {
  item: TimelineItem;
  zoom: Zoom;
}) {
  const { t, i18n } = useTranslation('timeline');
  const label = itemLabel(item, t, i18n.language);
  // An item known by its year alone sits in the year's first quarter or month: say the year there.
  const when = item.date
    ? dayInPeriod(item.date, zoom, i18n.language)
    : zoom === 'year'
      ? ''
      : String(item.year);
  return (
    <Anchor
      component={Link}
      to={targetPath(item.target)}
      size="xs"
      c="inherit"
      title={[when, label].filter(Boolean).join(' ')}
      style={{ display: 'flex', gap: 4, lineHeight: '18px', height: 20, overflow: 'hidden' }}
    >
      <Dot colour={KIND_COLOURS[item.kind]} />
      <VisuallyHidden>{`${t(`kinds.${item.kind}`)}: `}</VisuallyHidden>
      <span style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
        {when && <span style={{ color: 'var(--mantine-color-dimmed)' }}>{when} </span>}
        {label}
      </span>
    </Anchor>
  );
});
