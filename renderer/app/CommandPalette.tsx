import { Badge, Group, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { Spotlight, spotlight } from '@mantine/spotlight';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FIND_MIN_CHARS, type FindHit, type FindTarget } from '../../shared/domain/findAnything';
import { foldText } from '../../shared/domain/placeNames';
import { call } from '../api/client';
import { COMMANDS, keyLabel } from './commands';
import { routes } from './routes';

const isMac = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform);

function routeOf(target: FindTarget): string {
  if (target.screen === 'partnership') return `/partnerships/${target.id}`;
  if (target.screen === 'activity') return `/activities/${target.id}`;
  return target.screen === 'committee' ? '/committee' : '/discovery';
}

/**
 * The command palette (Ctrl+K, ⌘K on a Mac): screens by name, and any partnership, town,
 * person, member, activity or shortlisted town by any part of its name, accents aside.
 */
export function CommandPalette() {
  const { t } = useTranslation('palette');
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query, 150);
  const [hits, setHits] = useState<FindHit[]>([]);

  useEffect(() => {
    let current = true;
    if (debounced.trim().length < FIND_MIN_CHARS) setHits([]);
    else
      void call('find:anything', { text: debounced })
        .then((found) => current && setHits(found))
        .catch(() => current && setHits([]));
    return () => {
      current = false;
    };
  }, [debounced]);

  const folded = foldText(query.trim());
  const screens = routes.filter((r) => folded === '' || foldText(t(`common:${r.label}`)).includes(folded));
  const go = (to: string) => {
    spotlight.close();
    void navigate(to);
  };

  return (
    <Spotlight.Root
      query={query}
      onQueryChange={setQuery}
      shortcut={null}
      scrollable
      maxHeight={420}
      onSpotlightClose={() => setQuery('')}
    >
      <Spotlight.Search placeholder={t('placeholder')} aria-label={t('label')} />
      <Spotlight.ActionsList>
        {hits.length > 0 && (
          <Spotlight.ActionsGroup label={t('records')}>
            {hits.map((hit, i) => (
              <Spotlight.Action key={`${hit.kind}-${i}`} onClick={() => go(routeOf(hit.target))}>
                <Group justify="space-between" wrap="nowrap" w="100%">
                  <div>
                    <Text size="sm">{hit.label}</Text>
                    {hit.detail && (
                      <Text size="xs" c="dimmed">
                        {hit.detail}
                      </Text>
                    )}
                  </div>
                  <Badge variant="light" color="gray">
                    {t(`kind.${hit.kind}`)}
                  </Badge>
                </Group>
              </Spotlight.Action>
            ))}
          </Spotlight.ActionsGroup>
        )}
        {screens.length > 0 && (
          <Spotlight.ActionsGroup label={t('screens')}>
            {screens.map((r) => (
              <Spotlight.Action key={r.path} label={t(`common:${r.label}`)} onClick={() => go(r.path)} />
            ))}
          </Spotlight.ActionsGroup>
        )}
        {hits.length === 0 && screens.length === 0 && <Spotlight.Empty>{t('nothing')}</Spotlight.Empty>}
      </Spotlight.ActionsList>
      <Text size="xs" c="dimmed" px="md" py={6}>
        {t('keys', {
          find: keyLabel(COMMANDS[0].keys, isMac),
          new: keyLabel(COMMANDS[1].keys, isMac),
          save: keyLabel(COMMANDS[2].keys, isMac),
          print: keyLabel(COMMANDS[3].keys, isMac),
        })}
      </Text>
    </Spotlight.Root>
  );
}
