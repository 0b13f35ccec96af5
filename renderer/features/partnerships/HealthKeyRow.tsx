import { Checkbox, Group, Loader, Paper, Text, Textarea } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShownCheck } from '../../../shared/domain/healthEvidence';
import { HealthInput } from '../../../shared/ipc/channels/partnerships';
import { registerPending } from '../../app/pendingChanges';
import { useSubmit } from '../../forms/useSubmit';
import { themeLabelKey } from '../../i18n/themes';
import { useAppStore } from '../../state/store';

/** How long typing must pause before the evidence is saved by itself, as the charter does. */
const EVIDENCE_DELAY_MS = 1500;

/**
 * One key of the ten: a tick is saved at once, evidence once typing pauses and when the tab is
 * left, so switching tabs never loses anything. A key the app's own records show is ticked
 * with that evidence named.
 */
export function HealthKeyRow({ partnershipId, check }: { partnershipId: string; check: ShownCheck }) {
  const { t } = useTranslation('partnerships');
  const saveHealth = useAppStore((s) => s.saveHealth);
  const [done, setDone] = useState(check.ticked);
  const [evidence, setEvidence] = useState(check.evidence);
  const value = { partnershipId, key: check.key, done, evidence };
  const { submit, errors, failure, saving } = useSubmit(HealthInput, saveHealth, value);
  const title = t(`keys.${check.key}.title`);
  const pending = useRef<typeof value | null>(null);

  const save = (next: typeof value) => {
    pending.current = null;
    void submit(next);
  };
  useEffect(() => {
    if (evidence === check.evidence) return;
    pending.current = value;
    const timer = window.setTimeout(() => save(value), EVIDENCE_DELAY_MS);
    return () => window.clearTimeout(timer);
    // Only typing restarts the pause; `value` is rebuilt from it on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [evidence]);
  // Leaving the tab or the page saves evidence still waiting for its pause.
  useEffect(
    () => () => {
      if (pending.current) void saveHealth(pending.current).catch(() => undefined);
    },
    [saveHealth],
  );
  // Closing the window or tab, or reloading, saves it too; only a failed save holds them.
  const failed = useRef(false);
  failed.current = failure !== null;
  useEffect(
    () =>
      registerPending({
        flush: () => {
          const next = pending.current;
          if (!next) return Promise.resolve();
          pending.current = null;
          return saveHealth(next).catch(() => undefined);
        },
        unsaved: () => (failed.current ? t('common:pending.evidence', { key: check.key }) : null),
      }),
    [saveHealth, t, check.key],
  );

  const knownText =
    check.known?.kind === 'objectives'
      ? t('health.known.objectives', { count: check.known.count })
      : check.known?.kind === 'themes'
        ? t('health.known.themes', {
            themes: check.known.themes.map((th) => t(themeLabelKey(th))).join(', '),
          })
        : null;

  return (
    <Paper withBorder p="sm" role="group" aria-label={t('health.keyLabel', { key: check.key, title })}>
      <Checkbox
        label={t('health.keyLabel', { key: check.key, title })}
        description={t(`keys.${check.key}.hint`)}
        checked={done || check.known !== null}
        disabled={check.known !== null}
        onChange={(e) => {
          const ticked = e.currentTarget.checked;
          setDone(ticked);
          save({ ...value, done: ticked });
        }}
        fw={600}
      />
      {knownText && (
        <Text size="sm" mt={4}>
          {knownText}
        </Text>
      )}
      <Textarea
        mt="xs"
        label={t('health.evidence')}
        placeholder={t('health.evidencePlaceholder')}
        autosize
        minRows={1}
        value={evidence}
        onChange={(e) => setEvidence(e.currentTarget.value)}
        onBlur={() => pending.current && save(pending.current)}
        error={errors.evidence}
      />
      <Group justify="flex-end" mt={4} gap={6} aria-live="polite">
        {saving && <Loader size={12} aria-hidden />}
        <Text size="xs" c={failure ? 'red.8' : 'dimmed'} role={failure ? 'alert' : undefined}>
          {failure ??
            (saving
              ? t('health.saving')
              : evidence !== check.evidence
                ? t('health.waiting')
                : t('health.saved'))}
        </Text>
      </Group>
    </Paper>
  );
}
