import { Button, Group, Modal, NumberInput, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CurrencyCode } from '../../../shared/domain/money/currencies';
import { call, saveFile } from '../../api/client';
import { FormFailure } from '../../components/FormFailure';
import { errorMessage } from '../../forms/useSubmit';
import { useFormat } from '../../i18n/format';
import { CURRENCY_OPTIONS } from '../money/moneyText';

const LANGUAGES = ['en', 'ro', 'fr', 'de'] as const;
type Language = (typeof LANGUAGES)[number];
/** General assemblies meet early in the year to hear about the last one: until April the report is on last year. */
export function defaultReportYear(today: Date): number {
  return today.getMonth() < 3 ? today.getFullYear() - 1 : today.getFullYear();
}

const isYear = (y: unknown): y is number =>
  typeof y === 'number' && Number.isInteger(y) && y >= 1900 && y <= 2200;

/** Choose the year, the language or two and the currency, then print the report for the assembly and the council. */
export function AnnualReportDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t, i18n } = useTranslation('team');
  const format = useFormat();
  const uiLanguage = LANGUAGES.find((l) => i18n.language.startsWith(l)) ?? 'en';
  const [year, setYear] = useState<number | string>(() => defaultReportYear(new Date()));
  const [first, setFirst] = useState<Language>(uiLanguage);
  const [second, setSecond] = useState<Language | ''>('');
  const [reporting, setReporting] = useState<CurrencyCode>('EUR');
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const options = LANGUAGES.map((l) => ({ value: l, label: format.language(l) }));

  async function print() {
    if (!isYear(year)) return;
    setBusy(true);
    setFailure(null);
    try {
      const languages = second && second !== first ? [first, second] : [first];
      const pdf = await call('document:render', {
        kind: 'annualReport',
        params: { year, languages, reportingCurrency: reporting },
      });
      const saved = await saveFile({ bytes: pdf.bytes, fileName: pdf.fileName, mime: pdf.mime, open: false });
      if (saved.outcome !== 'cancelled') {
        notifications.show({ color: 'green', message: t('annual.done', { name: pdf.fileName }) });
        onClose();
      }
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal opened={opened} onClose={onClose} title={t('annual.title')}>
      <Stack>
        <Text size="sm" c="dimmed">
          {t('annual.intro')}
        </Text>
        <NumberInput
          label={t('annual.year')}
          value={year}
          onChange={setYear}
          min={1900}
          max={2200}
          allowDecimal={false}
          w={140}
          error={isYear(year) ? undefined : t('annual.yearRange')}
        />
        <Group grow align="flex-start">
          <Select
            label={t('annual.language')}
            data={options}
            value={first}
            onChange={(v) => {
              if (!v) return;
              setFirst(v as Language);
              if (v === second) setSecond('');
            }}
            allowDeselect={false}
          />
          <Select
            label={t('annual.second')}
            data={[{ value: '', label: t('annual.none') }, ...options.filter((o) => o.value !== first)]}
            value={second}
            onChange={(v) => setSecond((v ?? '') as Language | '')}
            allowDeselect={false}
          />
        </Group>
        {second && (
          <Text size="sm" c="dimmed" mt={-8}>
            {t('annual.twoNote')}
          </Text>
        )}
        <Select
          label={t('annual.reporting')}
          data={CURRENCY_OPTIONS}
          value={reporting}
          onChange={(v) => v && setReporting(v as CurrencyCode)}
          searchable
          allowDeselect={false}
          w={140}
        />
        <FormFailure title={t('annual.failed')} message={failure} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button loading={busy} disabled={!isYear(year)} onClick={() => void print()}>
            {t('annual.print')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
