import { Alert, Button, Group, Loader, SegmentedControl, Text } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage } from '../../forms/useSubmit';
import { useAppStore } from '../../state/store';
import { ActivityFilters } from './ActivityFilters';
import { readQuery, requestOf, writeQuery, type ActivityQuery } from './activityQuery';
import { ActivityTable } from './ActivityTable';
import { MonthCalendar } from './MonthCalendar';
import { useIcsExport } from './useIcsExport';

/** The Activities area: a list or a month calendar, every filter and the view in the address. */
export function ActivitiesPage() {
  const { t } = useTranslation('activities');
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readQuery(params), [params]);
  const rows = useAppStore((s) => s.activityRows);
  const load = useAppStore((s) => s.loadActivities);
  const choices = useAppStore((s) => s.activityChoices);
  const loadChoices = useAppStore((s) => s.loadActivityChoices);
  const [failure, setFailure] = useState<string | null>(null);
  const ics = useIcsExport();
  const request = useMemo(() => requestOf(query), [query]);

  useEffect(() => {
    setFailure(null);
    load(request).catch((error: unknown) => setFailure(errorMessage(error, t)));
  }, [request, load, t]);
  useEffect(() => void loadChoices().catch(() => undefined), [loadChoices]);

  const go = useCallback(
    (next: Partial<ActivityQuery>) => setParams(writeQuery({ ...query, ...next }), { replace: true }),
    [query, setParams],
  );
  const filtered = Object.values(query.filter).some((v) => v !== undefined);

  return (
    <>
      <PageHeader
        title={t('title')}
        actions={
          <Group>
            <Button component={Link} to="/activities/organisations" variant="default">
              {t('organisations.open')}
            </Button>
            <Button component={Link} to="/activities/hosts" variant="default">
              {t('hosts:register.open')}
            </Button>
            <Button variant="default" loading={ics.busy} onClick={() => void ics.exportIcs(request)}>
              {t('exportIcs')}
            </Button>
            <Button component={Link} to="/activities/new">
              {t('new')}
            </Button>
          </Group>
        }
      />
      <Text mb="md">{t('intro')}</Text>
      <Group justify="space-between" align="flex-end" mb="xs">
        <SegmentedControl
          aria-label={t('view.label')}
          value={query.view}
          onChange={(view) => go({ view: view === 'calendar' ? 'calendar' : 'list' })}
          data={[
            { value: 'list', label: t('view.list') },
            { value: 'calendar', label: t('view.calendar') },
          ]}
        />
      </Group>
      <ActivityFilters
        value={query.filter}
        links={choices?.links ?? []}
        withDates={query.view === 'list'}
        onChange={(filter) => go({ filter })}
      />
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
      {!rows && !failure && <Loader aria-label={t('common:loading')} />}
      {rows && query.view === 'calendar' && (
        <MonthCalendar month={query.month} rows={rows} onMonth={(month) => go({ month })} />
      )}
      {rows && query.view === 'list' && rows.length === 0 && (
        <Text c="dimmed">{filtered ? t('noMatch') : t('empty')}</Text>
      )}
      {rows && query.view === 'list' && rows.length > 0 && <ActivityTable rows={rows} />}
    </>
  );
}
