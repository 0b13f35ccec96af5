import { Anchor, Button, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActivityView } from '../../../shared/ipc/channels/activities';
import { intlLocale } from '../../i18n/format';
import { ACTIVITY_STATUSES } from '../../i18n/statuses';
import { monthSpan, shiftMonth, thisMonth } from './activityQuery';

/** Shown per day before "and 2 more", so a busy week keeps its rows readable. */
const PER_DAY = 3;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The weeks (Monday first) that hold the month, each day as YYYY-MM-DD. */
function weeksOf(month: string): string[][] {
  const { from, to } = monthSpan(month);
  const start = new Date(`${from}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  const weeks: string[][] = [];
  for (let d = start; iso(d) <= to;) {
    const week: string[] = [];
    for (let i = 0; i < 7; i++, d = new Date(d.getTime() + 86_400_000)) week.push(iso(d));
    weeks.push(week);
  }
  return weeks;
}

/** A month as a grid of weeks, each day listing the activities under way that day. */
export function MonthCalendar({
  month,
  rows,
  onMonth,
}: {
  month: string;
  rows: ActivityView[];
  onMonth(month: string): void;
}) {
  const { t, i18n } = useTranslation('activities');
  const locale = intlLocale(i18n.language);
  const monthName = new Intl.DateTimeFormat(locale, {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${month}-01T00:00:00Z`));
  const weeks = weeksOf(month);
  const dayName = (day: string, width: 'short' | 'long') =>
    new Intl.DateTimeFormat(locale, { weekday: width, timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  const longDay = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={2} size="h3" id="calendar-month" style={{ textTransform: 'capitalize' }}>
          {monthName}
        </Title>
        <Group gap="xs">
          <Button variant="default" size="sm" onClick={() => onMonth(shiftMonth(month, -1))}>
            {t('calendar.previous')}
          </Button>
          <Button variant="default" size="sm" onClick={() => onMonth(thisMonth())}>
            {t('calendar.today')}
          </Button>
          <Button variant="default" size="sm" onClick={() => onMonth(shiftMonth(month, 1))}>
            {t('calendar.next')}
          </Button>
        </Group>
      </Group>
      <Table
        withTableBorder
        withColumnBorders
        striped={false}
        highlightOnHover={false}
        layout="fixed"
        aria-labelledby="calendar-month"
      >
        <Table.Thead>
          <Table.Tr>
            {weeks[0]!.map((day) => (
              <Table.Th key={day} ta="center">
                <abbr title={dayName(day, 'long')} style={{ textDecoration: 'none' }}>
                  {dayName(day, 'short')}
                </abbr>
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {weeks.map((week) => (
            <Table.Tr key={week[0]}>
              {week.map((day) => {
                const inMonth = day.startsWith(month);
                const under = rows.filter((a) => a.startDate <= day && a.endDate >= day);
                return (
                  <Table.Td key={day} valign="top" h={96} bg={inMonth ? 'white' : 'gray.0'}>
                    <Text size="xs" c={inMonth ? 'dark.7' : 'dark.3'}>
                      <span aria-hidden>{Number(day.slice(8))}</span>
                      <VisuallyHidden>{longDay.format(new Date(`${day}T00:00:00Z`))}</VisuallyHidden>
                    </Text>
                    {inMonth && (
                      <Stack gap={2}>
                        {under.slice(0, PER_DAY).map((a) => (
                          <Anchor
                            key={a.id}
                            component={Link}
                            to={`/activities/${a.id}`}
                            size="xs"
                            lineClamp={2}
                            style={{
                              borderLeft: `3px solid var(--mantine-color-${ACTIVITY_STATUSES[a.status].colour}-7)`,
                              paddingLeft: 4,
                            }}
                          >
                            {a.title}
                          </Anchor>
                        ))}
                        {under.length > PER_DAY && (
                          <Text size="xs">{t('calendar.more', { count: under.length - PER_DAY })}</Text>
                        )}
                      </Stack>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
