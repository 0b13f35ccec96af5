import { Badge, Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ActivityStatus } from '../../../shared/domain/activities/activity';
import { ACTIVITY_STATUSES, activityStatusLabelKey } from '../../i18n/statuses';

const shade = (status: ActivityStatus) => `${ACTIVITY_STATUSES[status].colour}.8`;

/** A dot in the status's colour beside words in the text colour, readable whatever the colour. */
export function ActivityStatusBadge({ status }: { status: ActivityStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={shade(status)} variant="dot" data-status={status}>
      {t(activityStatusLabelKey(status))}
    </Badge>
  );
}

/** The status in a sentence (the history), with its dot. */
export function ActivityStatusText({ status }: { status: ActivityStatus }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap" data-status={status}>
      <Box w={8} h={8} bg={shade(status)} style={{ borderRadius: '50%', flex: 'none' }} aria-hidden />
      <Text size="sm">{t(activityStatusLabelKey(status))}</Text>
    </Group>
  );
}
