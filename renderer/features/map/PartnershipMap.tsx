import { Alert, Group, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapData } from '../../../shared/domain/mapData';
import { PartnershipStatus } from '../../../shared/domain/partnership';
import { call } from '../../api/client';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { loadAtlas, type Atlas } from './atlas';
import { EuropeMap, HOME_COLOR, STATUS_COLORS } from './EuropeMap';

interface Props {
  /** Only this link; all links when left out. */
  partnershipId?: string;
  width?: number;
  height?: number;
}

/** Loads the links and the atlas, then draws the map with a legend and what could not be drawn. */
export function PartnershipMap({ partnershipId, width = 960, height = 720 }: Props) {
  const { t } = useTranslation('map');
  const format = useFormat();
  const [data, setData] = useState<MapData | null>(null);
  const [atlas, setAtlas] = useState<Atlas | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    Promise.all([call('map:get', partnershipId ? { partnershipId } : {}), loadAtlas()])
      .then(([d, a]) => {
        if (!live) return;
        setData(d);
        setAtlas(a);
      })
      .catch((error: unknown) => live && setFailure(errorMessage(error, t)));
    return () => {
      live = false;
    };
  }, [partnershipId, t]);

  if (failure)
    return (
      <Alert color="red" title={t('failed')}>
        {failure}
      </Alert>
    );
  if (!data || !atlas) return <Loader aria-label={t('common:loading')} />;
  const homeName = data.home?.name ?? '';
  return (
    <Stack gap="xs">
      {!data.home && <Alert color="yellow">{t('noHome')}</Alert>}
      <EuropeMap
        atlas={atlas}
        data={data}
        width={width}
        height={height}
        title={t('title')}
        homeLabel={t('home', { name: homeName })}
        describeLink={(link, town) => t('point', { town, status: t(`status.${link.status}`) })}
      />
      <Group gap="md" role="group" aria-label={t('legend')}>
        {data.home && (
          <Group gap={4}>
            <svg width={12} height={12} aria-hidden>
              <rect x={2} y={2} width={8} height={8} transform="rotate(45 6 6)" fill={HOME_COLOR} />
            </svg>
            <Text size="xs">{t('home', { name: homeName })}</Text>
          </Group>
        )}
        {PartnershipStatus.options.map((s) => (
          <Group key={s} gap={4}>
            <svg width={12} height={12} aria-hidden>
              <circle cx={6} cy={6} r={5} fill={STATUS_COLORS[s]} />
            </svg>
            <Text size="xs">{t(`status.${s}`)}</Text>
          </Group>
        ))}
      </Group>
      {data.links.length < data.total && (
        <Text size="xs" c="dimmed">
          {t('capped', { shown: format.number(data.links.length), total: format.number(data.total) })}
        </Text>
      )}
      {data.unplaced > 0 && (
        <Text size="xs" c="dimmed">
          {t('unplaced', { count: data.unplaced })}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {t('attribution')}
      </Text>
    </Stack>
  );
}
