import { Button, Group, NumberInput, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call, ApiError } from '../../api/client';
import { exponentOf, type CurrencyCode } from '../../../shared/domain/money/currencies';
import type { AmountPart, Programme, Rule } from '../../../shared/domain/funding/programme';
import type { ProgrammeVersion } from '../../../shared/ipc/channels/funding';
import { DateField } from '../../components/DateField';
import { FormFailure } from '../../components/FormFailure';
import { RepeatingRows } from '../../components/RepeatingRows';
import { errorMessage } from '../../forms/useSubmit';
import { useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { translateIssues, type FieldErrors } from '../../forms/validation';
import { amountText, ruleText } from './fundingWords';

type Item = Rule | AmountPart;
const MONEY = new Set(['amount', 'rate', 'upTo']);
const SHARE = new Set(['minShare', 'maxShare']);
const numericKeys = (item: object) =>
  Object.entries(item)
    .filter(([k, v]) => k !== 'id' && (typeof v === 'number' || v === null))
    .map(([k]) => k);

/** Edits the figures and sources of an edited programme version; the core refuses a bad rule by name. */
export function ProgrammeFiguresForm({ version, onDone }: { version: ProgrammeVersion; onDone(): void }) {
  const { t, i18n } = useTranslation('funding');
  const [programme, setProgramme] = useState<Programme>(() => structuredClone(version.programme));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const dirty = JSON.stringify(programme) !== JSON.stringify(version.programme);
  const { leave } = useUnsavedChanges(dirty, t('common:pending.programme'));
  const scale = 10 ** exponentOf(programme.currency as CurrencyCode);

  const numberField = (item: object, key: string, path: string, update: (value: number | null) => void) => {
    const value: unknown = Object.entries(item).find(([k]) => k === key)?.[1];
    const raw = typeof value === 'number' ? value : null;
    const shown =
      raw === null ? '' : MONEY.has(key) ? raw / scale : SHARE.has(key) ? Math.round(raw * 1000) / 10 : raw;
    return (
      <NumberInput
        key={key}
        w={170}
        label={t(`fields.${key}`)}
        value={shown}
        decimalScale={MONEY.has(key) ? exponentOf(programme.currency as CurrencyCode) : 1}
        onChange={(v) => {
          if (typeof v !== 'number') return update(null);
          update(MONEY.has(key) ? Math.round(v * scale) : SHARE.has(key) ? v / 100 : Math.round(v));
        }}
        error={errors[`${path}.${key}`]}
      />
    );
  };

  const setItem = (section: 'rules' | 'amounts', index: number, next: Item) =>
    setProgramme((p) => ({ ...p, [section]: p[section].map((x, i) => (i === index ? next : x)) }));

  const sourceFields = (item: Item, path: string, update: (next: Item) => void) => (
    <Group align="flex-end">
      <TextInput
        w={320}
        label={t('programme.source')}
        value={item.source.title}
        onChange={(e) => update({ ...item, source: { ...item.source, title: e.currentTarget.value } })}
        error={errors[`${path}.source.title`] ?? errors[`${path}.source`]}
      />
      <TextInput
        w={260}
        label={t('fields.url')}
        value={item.source.url}
        onChange={(e) => update({ ...item, source: { ...item.source, url: e.currentTarget.value } })}
      />
      <DateField
        label={t('programme.checked')}
        value={item.checked}
        onChange={(v) => update({ ...item, checked: v })}
        error={errors[`${path}.checked`]}
        required
        width={180}
      />
    </Group>
  );

  async function save() {
    if (!version.ref.recordId || version.rev === null) return;
    setSaving(true);
    setFailure(null);
    try {
      await call('funding:saveProgramme', { id: version.ref.recordId, rev: version.rev, programme });
      leave();
      notifications.show({ color: 'green', message: t('form.saved') });
      onDone();
    } catch (error) {
      if (error instanceof ApiError && error.error.issues) setErrors(translateIssues(error.error.issues, t));
      setFailure(errorMessage(error, t));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      aria-label={t('programme.edit')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack>
        {programme.rules.map((rule, i) => (
          <Paper withBorder p="md" key={rule.id} component="fieldset" aria-label={ruleText(t, rule)}>
            <Title order={4} mb="xs">
              {ruleText(t, rule)}
            </Title>
            <Group align="flex-end">
              {numericKeys(rule).map((k) =>
                numberField(rule, k, `rules.${i}`, (v) => setItem('rules', i, { ...rule, [k]: v } as Rule)),
              )}
            </Group>
            {sourceFields(rule, `rules.${i}`, (next) => setItem('rules', i, next))}
          </Paper>
        ))}
        {programme.amounts.map((part, i) => (
          <Paper withBorder p="md" key={part.id}>
            <Title order={4} mb="xs">
              {amountText(t, part, programme.currency, i18n.language).text}
            </Title>
            <Group align="flex-end" mb="xs">
              {numericKeys(part).map((k) =>
                numberField(part, k, `amounts.${i}`, (v) =>
                  setItem('amounts', i, { ...part, [k]: v } as AmountPart),
                ),
              )}
            </Group>
            {(part.kind === 'lumpSumBands' || part.kind === 'travelBands') && (
              <RepeatingRows<Record<string, number | null>>
                legend={t('fields.bands')}
                rows={part.bands as Record<string, number | null>[]}
                onChange={(bands) => setItem('amounts', i, { ...part, bands } as AmountPart)}
                newRow={(): Record<string, number | null> =>
                  part.kind === 'lumpSumBands'
                    ? { min: 0, max: null, amount: 0 }
                    : { fromKm: 0, toKm: null, amount: 0 }
                }
                rowKey={(row) => String(part.bands.indexOf(row as never))}
                rowLabel={(n) => t('fields.band', { n: n + 1 })}
                renderRow={(row, j, update) => (
                  <Group align="flex-end">
                    {Object.keys(row).map((k) =>
                      numberField(row, k, `amounts.${i}.bands.${j}`, (v) => update({ ...row, [k]: v })),
                    )}
                  </Group>
                )}
                addLabel={t('fields.addBand')}
                removeLabel={(n) => t('fields.removeBand', { n: n + 1 })}
                emptyText={t('programme.notEntered')}
                max={40}
              />
            )}
            {sourceFields(part, `amounts.${i}`, (next) => setItem('amounts', i, next))}
          </Paper>
        ))}
        <Text size="sm" c="dimmed">
          {t('fields.help')}
        </Text>
        <FormFailure title={t('form.notSaved')} message={failure} />
        <Group justify="flex-end">
          <Button
            variant="default"
            onClick={() => {
              leave();
              onDone();
            }}
          >
            {t('common:actions.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('fields.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
