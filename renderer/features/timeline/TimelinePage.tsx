import { Alert, Anchor, Button, Group, Loader, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { MAX_TIMELINE_YEARS } from '../../../shared/domain/timeline/timeline';
import { ZOOMS, type Zoom } from '../../../shared/domain/timeline/zoom';
import { call, saveFile } from '../../api/client';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage } from '../../forms/useSubmit';
import { usePlanning } from '../team/usePlanning';
import { KINDS } from './itemLabel';
import { Dot } from './TimelineItemLink';
import { TimelineGrid } from './TimelineGrid';
import { TimelineRange } from './TimelineRange';
import { viewFromParams, viewToParams, type TimelineView } from './timelineParams';

const LANGUAGES = ['en', 'ro', 'fr', 'de'] as const;

function Legend() {
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
  const setView = (next: TimelineView) => setParams(viewToParams(next), { replace: true });
  const { data, failed } = usePlanning('timeline:get', { fromYear: view.fromYear, toYear: view.toYear });
  const [printing, setPrinting] = useState(false);
  const language = LANGUAGES.find((l) => i18n.language.startsWith(l)) ?? 'en';

  async function print() {
    setPrinting(true);
    try {
      const pdf = await call('document:render', {
        kind: 'timeline',
        params: { fromYear: view.fromYear, toYear: view.toYear, zoom: view.zoom, language },
      });
      await saveFile({ bytes: pdf.bytes, fileName: pdf.fileName, mime: pdf.mime, open: false });
    } catch (error) {
      notifications.show({ color: 'red', title: t('printFailed'), message: errorMessage(error, t) });
    } finally {
      setPrinting(false);
    }
  }

  // While another span loads, the one drawn stays (no flash of a loader between two years).
  const shown = data;
  const last = Math.max(data?.latestYear ?? thisYear, thisYear + 3);
  const whole =
    data?.earliestYear != null
      ? { fromYear: Math.max(data.earliestYear, last - MAX_TIMELINE_YEARS + 1), toYear: last }
      : null;
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
              value={view.zoom}
              onChange={(z) => setView({ ...view, zoom: z as Zoom })}
              data={ZOOMS.map((z) => ({ value: z, label: t(`zooms.${z}`) }))}
            />
          </Stack>
          <TimelineRange
            fromYear={view.fromYear}
            toYear={view.toYear}
            whole={whole}
            onChange={(span) => setView({ ...view, ...span })}
          />
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
        {shown && shown.rows.length > 0 && <TimelineGrid timeline={shown} zoom={view.zoom} />}
      </Stack>
    </>
  );
}
