import { Alert, Anchor, Button, Group, Loader, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { memo, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ZOOMS, type Zoom } from '../../../shared/domain/timeline/zoom';
import { call, saveFile } from '../../api/client';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage } from '../../forms/useSubmit';
import { usePlanning } from '../team/usePlanning';
import { KINDS } from './itemLabel';
import { Dot } from './TimelineItemLink';
import { TimelineGrid } from './TimelineGrid';
import { TimelineRange } from './TimelineRange';
import { defaultSpan, defaultView, viewFromParams, viewToParams, type TimelineView } from './timelineParams';

const LANGUAGES = ['en', 'ro', 'fr', 'de'] as const;

// Memoised, like the year fields: a zoom redraws the grid, not the words around it.
const Legend = memo(function Legend() {
  const { t } = useTranslation('timeline');
  return (
    <Group gap="md" aria-label={t('legend')} role="list">
      {KINDS.map((k) => (
        <Group key={k} gap={4} role="listitem" wrap="nowrap">
          <Dot kind={k} />
          <Text size="xs">{t(`kinds.${k}`)}</Text>
        </Group>
      ))}
    </Group>
  );
});

/** The answer to the years asked before the opening span was known (see `defaultView`). */
function fromOpening(data: { fromYear: number; toYear: number } | undefined, thisYear: number): boolean {
  const first = defaultView(thisYear);
  return data?.fromYear === first.fromYear && data.toYear === first.toYear;
}

/**
 * The timeline of all partnerships over the years, for the committee and the council: zoom,
 * years and printing live in the address (?zoom=quarter&from=2016&to=2029).
 */
export function TimelinePage() {
  const { t, i18n } = useTranslation('timeline');
  const [params, setParams] = useSearchParams();
  const thisYear = new Date().getFullYear();
  const view = viewFromParams(params, thisYear);
  const { zoom, fromYear, toYear, asked } = view;
  const setView = useCallback(
    (next: TimelineView) => setParams(viewToParams(next), { replace: true }),
    [setParams],
  );
  const { data, failed } = usePlanning('timeline:get', { fromYear, toYear });
  // No years in the address: the first answer says what is dated, and the timeline opens on
  // that (the address then names it, so a reload or a zoom keeps it).
  const opening = !asked && data !== undefined;
  const earliest = data?.earliestYear ?? null;
  const latest = data?.latestYear ?? null;
  useEffect(() => {
    if (!opening) return;
    const span = defaultSpan({ earliestYear: earliest, latestYear: latest }, thisYear);
    setParams(viewToParams({ zoom, ...span }), { replace: true });
  }, [opening, earliest, latest, thisYear, zoom, setParams]);
  const [printing, setPrinting] = useState(false);
  const language = LANGUAGES.find((l) => i18n.language.startsWith(l)) ?? 'en';

  async function print() {
    setPrinting(true);
    try {
      const pdf = await call('document:render', {
        kind: 'timeline',
        params: { fromYear, toYear, zoom, language },
      });
      await saveFile({ bytes: pdf.bytes, fileName: pdf.fileName, mime: pdf.mime, open: false });
    } catch (error) {
      notifications.show({ color: 'red', title: t('printFailed'), message: errorMessage(error, t) });
    } finally {
      setPrinting(false);
    }
  }

  // While another span loads, the one drawn stays (no flash of a loader between two years);
  // before the opening span is known, nothing is drawn (no flash of the years asked first).
  const matches = data?.fromYear === fromYear && data.toYear === toYear;
  const shown = asked && (matches || !fromOpening(data, thisYear)) ? data : undefined;
  const whole = useMemo(
    () => (earliest === null ? null : defaultSpan({ earliestYear: earliest, latestYear: latest }, thisYear)),
    [earliest, latest, thisYear],
  );
  const onSpan = useCallback(
    (span: { fromYear: number; toYear: number }) => setView({ zoom, ...span }),
    [setView, zoom],
  );
  const empty = shown !== undefined && shown.rows.every((r) => r.items.length === 0);
  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('subtitle')}
        actions={
          <Group>
            <Anchor component={Link} to="/team" size="sm">
              {t('backToTeam')}
            </Anchor>
            <Button
              loading={printing}
              disabled={!shown || shown.rows.length === 0}
              onClick={() => void print()}
            >
              {t('print')}
            </Button>
          </Group>
        }
      />
      <Stack gap="sm">
        <Group align="flex-end" gap="lg">
          <Stack gap={4}>
            <Text size="sm" fw={500} id="timeline-zoom">
              {t('zoom')}
            </Text>
            <SegmentedControl
              aria-labelledby="timeline-zoom"
              value={zoom}
              onChange={(z) => setView({ zoom: z as Zoom, fromYear, toYear })}
              data={ZOOMS.map((z) => ({ value: z, label: t(`zooms.${z}`) }))}
            />
          </Stack>
          <TimelineRange fromYear={fromYear} toYear={toYear} whole={whole} onChange={onSpan} />
        </Group>
        <Legend />
        {failed !== null && (
          <Alert color="red" role="alert">
            {errorMessage(failed, t)}
          </Alert>
        )}
        {!shown && failed === null && <Loader aria-label={t('common:loading')} />}
        {shown && shown.rows.length === 0 && (
          <Paper withBorder p="md" maw={640}>
            <Text mb="sm">{t('noPartnerships')}</Text>
            <Button component={Link} to="/partnerships/new">
              {t('addPartnership')}
            </Button>
          </Paper>
        )}
        {empty && shown.rows.length > 0 && (
          <Text c="dimmed" role="status">
            {t('nothingDated')}
          </Text>
        )}
        {shown && shown.rows.length > 0 && <TimelineGrid timeline={shown} zoom={zoom} />}
      </Stack>
    </>
  );
}
