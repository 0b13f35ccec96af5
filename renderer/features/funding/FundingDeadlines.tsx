import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../i18n/format';
import { useCall } from './useCall';

/** The Overview's funding deadlines: open applications, the internal date first, then the funder's. */
export function FundingDeadlines() {
  const { t } = useTranslation('funding');
  const format = useFormat();
  const { data } = useCall('funding:deadlines', {});
  return (
    <Paper withBorder p="md" mt="md" component="section" aria-labelledby="funding-deadlines">
      <Group justify="space-between" mb="xs">
        <Title order={3} size="h5" id="funding-deadlines">
          {t('overview.title')}
        </Title>
        <Anchor component={Link} to="/funding" size="sm">
          {t('overview.all')}
        </Anchor>
      </Group>
      {data && data.length === 0 && <Text size="sm">{t('overview.empty')}</Text>}
      <Stack gap="xs">
        {data?.map((d) => (
          <div key={d.applicationId}>
            <Anchor component={Link} to={`/funding/applications/${d.applicationId}`} fw={600} size="sm">
              {d.title}
            </Anchor>
            <Text size="sm">
              {[
                d.internal && t('overview.internal', { date: format.date(d.internal) }),
                t('overview.funder', {
                  date: format.date(d.funder.date),
                  time: d.funder.time,
                  zone: d.funder.timeZone,
                }),
                d.programmeName,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          </div>
        ))}
      </Stack>
    </Paper>
  );
}
