import { Popover, Stack } from '@mantine/core';
import { memo, useState } from 'react';
import type { TimelineItem } from '../../../shared/domain/timeline/timeline';
import type { Zoom } from '../../../shared/domain/timeline/zoom';
import { TimelineItemLink, type GridWords } from './TimelineItemLink';

/** How many items a cell shows before "n more" opens the rest. */
export const SHOWN = 4;
const EMPTY: readonly TimelineItem[] = [];
/** One period of one partnership: its first items, and the others one click away. */
export const TimelineCell = memo(function TimelineCell({
  items = EMPTY,
  zoom,
  width,
  label,
  colIndex,
  words,
}: {
  words: GridWords;
  items?: readonly TimelineItem[];
  /** Its column among all, drawn or not (the names' column being 1). */
  colIndex: number;
  zoom: Zoom;
  width: number;
  /** "Ornans, 2026": names the button and the popover of the rest. */
  label: string;
}) {
  const rest = items.length - SHOWN;
  return (
    <div role="cell" aria-colindex={colIndex} className="tl-cell" style={{ width }}>
      {items.slice(0, rest > 0 ? SHOWN - 1 : SHOWN).map((item) => (
        <TimelineItemLink key={item.key} item={item} zoom={zoom} words={words} />
      ))}
      {rest > 0 && <MoreItems items={items} zoom={zoom} label={label} count={rest + 1} words={words} />}
    </div>
  );
});

/**
 * "n more": a plain button until clicked, so hundreds of busy cells do not each mount a
 * popover; the popover, once open, lists every item of the cell.
 */
function MoreItems({
  items,
  zoom,
  label,
  count,
  words,
}: {
  words: GridWords;
  items: readonly TimelineItem[];
  zoom: Zoom;
  label: string;
  count: number;
}) {
  const [open, setOpen] = useState(false);
  const button = (
    <button
      type="button"
      className="tl-more"
      aria-label={words.moreIn(count, label)}
      onClick={() => setOpen((o) => !o)}
    >
      {words.more(count)}
    </button>
  );
  if (!open) return button;
  return (
    <Popover opened onChange={setOpen} position="bottom-start" withArrow shadow="md" trapFocus>
      <Popover.Target>{button}</Popover.Target>
      {/* Named by its button: "3 more in Ornans, 2026". */}
      <Popover.Dropdown>
        <Stack gap={0} maw={320}>
          {items.map((item) => (
            <TimelineItemLink key={item.key} item={item} zoom={zoom} words={words} />
          ))}
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
