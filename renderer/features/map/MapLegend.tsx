import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PartnershipStatus } from '../../../shared/domain/partnership';
import { statusHex, statusLabelKey } from '../../i18n/statuses';
import { HOME_COLOR } from './EuropeMap';

/** The map's key: the home town's mark and each status in the badges' colour and words. */
export function MapLegend({ homeName }: { homeName: string | null }) {
  const { t } = useTranslation('map');
  return (
    <Group gap="md" role="list" aria-label={t('legend')}>
      {homeName !== null && (
        <Group gap={4} role="listitem">
          <svg width={12} height={12} aria-hidden>
            <rect x={2} y={2} width={8} height={8} transform="rotate(45 6 6)" fill={HOME_COLOR} />
          </svg>
          <Text size="xs">{t('home', { name: homeName })}</Text>
        </Group>
      )}
      {PartnershipStatus.options.map((s) => (
        <Group key={s} gap={4} role="listitem" data-status={s}>
          <svg width={12} height={12} aria-hidden>
            <circle cx={6} cy={6} r={5} fill={statusHex(s)} />
          </svg>
          <Text size="xs">{t(statusLabelKey(s))}</Text>
        </Group>
      ))}
    </Group>
  );
}
