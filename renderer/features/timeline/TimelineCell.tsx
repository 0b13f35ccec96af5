import { Box, Button, Popover, Stack } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TimelineItem } from '../../../shared/domain/timeline/timeline';
import type { Zoom } from '../../../shared/domain/timeline/zoom';
import { TimelineItemLink } from './TimelineItemLink';

/** How many items a cell shows before "n more" opens the rest. */
export const SHOWN = 4;
const EMPTY: readonly TimelineItem[] = [];

/** One period of one partnership: its first items, and the others one click away. */
export const TimelineCell = memo(function TimelineCell({
  items = EMPTY,
  zoom,
  width,
  label,
}: {
  items?: readonly TimelineItem[];
  zoom: Zoom;
  width: number;
  /** "Ornans, 2026": names the popover of the rest. */
  label: string;
}) {
  const { t } = useTranslation('timeline');
  const rest = items.length - SHOWN;
  return (
    <Box
      role="cell"
      px={6}
      py={4}
      style={{
        width,
        flex: 'none',
        borderLeft: '1px solid var(--mantine-color-default-border)',
        minWidth: 0,
      }}
    >
      {items.slice(0, rest > 0 ? SHOWN - 1 : SHOWN).map((item) => (
        <TimelineItemLink key={item.key} item={item} zoom={zoom} />
      ))}
      {rest > 0 && (
        <Popover position="bottom-start" withArrow shadow="md">
          <Popover.Target>
            <Button variant="subtle" size="compact-xs">
              {t('more', { count: rest + 1 })}
            </Button>
          </Popover.Target>
          <Popover.Dropdown aria-label={label}>
            <Stack gap={0} maw={320}>
              {items.map((item) => (
                <TimelineItemLink key={item.key} item={item} zoom={zoom} />
              ))}
            </Stack>
          </Popover.Dropdown>
        </Popover>
      )}
    </Box>
  );
});
