import { Alert, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHref } from 'react-router';
import type { MapData } from '../../../shared/domain/mapData';
import { call } from '../../api/client';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { statusLabelKey } from '../../i18n/statuses';
import { loadAtlas, type Atlas } from './atlas';
import { EuropeMap } from './EuropeMap';
import { MapLegend } from './MapLegend';

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
  const partnershipsHref = useHref('/partnerships');
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
        describeLink={(link, town) => t('point', { town, status: t(statusLabelKey(link.status)) })}
        hrefFor={(link) => `${partnershipsHref}/${encodeURIComponent(link.partnershipId)}`}
      />
      <MapLegend homeName={data.home ? homeName : null} />
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
