import { MantineProvider } from '@mantine/core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { TimelineGrid } from '../../../../../renderer/features/timeline/TimelineGrid';
import type { Timeline, TimelineItem } from '../../../../../shared/domain/timeline/timeline';
import { theme } from '../../../../../renderer/app/theme';
import { useLocale } from '../../helpers/render';

const item = (link: number, year: number, month: number): TimelineItem => ({
  key: `activity:${link}:${year}-${month}`,
  kind: 'activity',
  title: `Visit ${year}-${month}`,
  date: `${year}-${String(month).padStart(2, '0')}-10`,
  year,
  until: null,
  detail: 'held',
  target: { to: 'activity', id: `a${link}-${year}-${month}` },
});

const thisYear = new Date().getFullYear();
const first = thisYear - 29;
/** Links × 30 years up to this one, an activity every other month (30 links: the size the bench measures). */
const timeline = (links: number): Timeline => ({
  fromYear: first,
  toYear: thisYear,
  earliestYear: first,
  latestYear: thisYear,
  rows: Array.from({ length: links }, (_, l) => ({
    partnershipId: `p${l}`,
    title: `Town ${l}`,
    items: Array.from({ length: 30 }, (_, y) =>
      Array.from({ length: 6 }, (_, m) => item(l, first + y, m * 2 + 1)),
    ).flat(),
  })),
});

const width = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientWidth');
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', { configurable: true, get: () => 1000 });
});
afterAll(() => {
  if (width) Object.defineProperty(HTMLElement.prototype, 'clientWidth', width);
});
beforeEach(() => useLocale('en'));

const draw = (zoom: 'year' | 'quarter' | 'month', links = 3) => {
  const data = timeline(links);
  const grid = (z: typeof zoom) => (
    <MantineProvider theme={theme}>
      <MemoryRouter>
        <TimelineGrid timeline={data} zoom={z} />
      </MemoryRouter>
    </MantineProvider>
  );
  // A rerender replaces the whole tree: the element brings its own provider.
  const { rerender } = render(grid(zoom));
  // Plain selectors: accessible-name queries over thousands of nodes take seconds in happy-dom.
  const table = () => document.querySelector<HTMLElement>('[role="table"]')!;
  const all = (role: string) => [...table().querySelectorAll<HTMLElement>(`[role="${role}"]`)];
  const headers = () => all('columnheader').map((h) => h.textContent);
  return { grid: table(), all, headers, zoomTo: (z: typeof zoom) => rerender(grid(z)) };
};

describe('the timeline grid', () => {
  it('draws only the partnerships and months in view, not 30 rows of 360 months', () => {
    const { grid, all, headers } = draw('month', 30);
    expect(grid).toHaveAccessibleName('Timeline of the partnerships');
    expect(grid).toHaveAttribute('aria-rowcount', '31');
    const rows = all('rowheader').length;
    expect(rows).toBeGreaterThan(3);
    expect(rows).toBeLessThan(30);
    const columns = headers().length - 1;
    expect(columns).toBeGreaterThan(3);
    expect(columns).toBeLessThan(20);
    expect(all('cell')).toHaveLength(rows * columns);
  });

  it('draws the last partnerships once scrolled down to them, numbered among all rows', async () => {
    const { all } = draw('year', 30);
    const names = () => all('rowheader').map((h) => h.textContent);
    expect(names()).toContain('Town 0');
    expect(names()).not.toContain('Town 29');
    const scroller = document.querySelector<HTMLElement>('[role="region"]')!;
    scroller.scrollTop = 100_000;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(names()).toContain('Town 29'));
    expect(names()).not.toContain('Town 0');
    const last = all('row').at(-1)!;
    expect(last).toHaveAttribute('aria-rowindex', '31');
  });

  it('opens on this year and draws the first years once scrolled back to them', async () => {
    const { headers } = draw('year');
    expect(headers()).toContain(String(thisYear));
    expect(headers()).not.toContain(String(first));
    const scroller = document.querySelector<HTMLElement>('[role="region"]')!;
    scroller.scrollLeft = 0;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(headers()).toContain(String(first)));
  });

  it('shows three items of a busy cell and opens all six from “n more”', async () => {
    const { all } = draw('year');
    const row = all('row')[1]!;
    expect(row.querySelector('[role="rowheader"]')).toHaveTextContent('Town 0');
    const cell = row.querySelector('[role="cell"]')!;
    expect(cell.querySelectorAll('a')).toHaveLength(3);
    const more = within(cell as HTMLElement).getByRole('button');
    expect(more).toHaveTextContent('3 more');
    fireEvent.click(more);
    const list = await screen.findByRole('dialog', { name: /^3 more in Town 0, \d{4}$/ });
    // The popover's links, as plain anchors: it may still be fading in.
    expect(list.querySelectorAll('a')).toHaveLength(6);
    expect(cell.querySelector('a')).toHaveAttribute('href', expect.stringMatching(/^#\/activities\/a0-/));
  });

  it('zooms from months back to years and keeps this year in view', () => {
    const { headers, zoomTo } = draw('month');
    expect(headers()).toContain(`Jun ${thisYear}`);
    zoomTo('year');
    expect(headers()).toContain(String(thisYear));
    expect(headers().length).toBeLessThan(12);
    zoomTo('quarter');
    expect(headers()).toContain(`Q2 ${thisYear}`);
  });
});
