import { List, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Reason } from '../../../shared/domain/partnerSearch';
import { useFormat } from '../../i18n/format';
import { reasonText } from './reasonText';

const COLOR: Record<Reason['effect'], string> = { good: 'green', fair: 'yellow', poor: 'red', info: 'gray' };
const MARK: Record<Reason['effect'], string> = { good: '+', fair: '±', poor: '−', info: 'i' };

/** The reasons behind a rank, each with its points, so the secretary can explain the choice. */
export function ReasonList({ reasons }: { reasons: readonly Reason[] }) {
  const { t } = useTranslation('discovery');
  const format = useFormat();
  return (
    <List spacing={2} size="sm" aria-label={t('results.reasons')} center>
      {reasons.map((r) => (
        <List.Item
          key={r.code}
          icon={
            <ThemeIcon
              color={COLOR[r.effect]}
              size={18}
              radius="xl"
              role="img"
              aria-label={t(`effect.${r.effect}`)}
            >
              <Text size="xs" fw={700} c="white" aria-hidden>
                {MARK[r.effect]}
              </Text>
            </ThemeIcon>
          }
        >
          {reasonText(r, t, format)}
          {r.max > 0 && (
            // The space keeps the sentence and its points apart when read aloud or copied.
            <Text span size="xs" c="dimmed">
              {' '}
              {t('results.points', { points: format.number(r.points), max: r.max })}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  );
}
