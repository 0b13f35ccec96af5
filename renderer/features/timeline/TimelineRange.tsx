import { Button, Group, NumberInput } from '@mantine/core';
import { memo, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_TIMELINE_YEARS } from '../../../shared/domain/timeline/timeline';
import { spanProblem } from './timelineParams';

const asYear = (v: string | number): number | null => (v === '' ? null : Number(v));

/**
 * The years shown: typed, applied on Enter or on leaving the field once both are valid; a
 * wrong span keeps what was typed and says which year to change. "Whole history" spans
 * everything dated.
 */
export const TimelineRange = memo(function TimelineRange({
  fromYear,
  toYear,
  whole,
  onChange,
}: {
  fromYear: number;
  toYear: number;
  /** From the first dated thing to the last (and the plan's years ahead); null when nothing is dated. */
  whole: { fromYear: number; toYear: number } | null;
  onChange(span: { fromYear: number; toYear: number }): void;
}) {
  const { t } = useTranslation('timeline');
  const [from, setFrom] = useState<string | number>(fromYear);
  const [to, setTo] = useState<string | number>(toYear);
  useEffect(() => {
    setFrom(fromYear);
    setTo(toYear);
  }, [fromYear, toYear]);
  const problem = spanProblem(asYear(from), asYear(to));
  const message = problem.code === null ? null : t(`errors.${problem.code}`, { max: MAX_TIMELINE_YEARS });
  const apply = () => {
    if (problem.code !== null) return;
    const next = { fromYear: asYear(from)!, toYear: asYear(to)! };
    if (next.fromYear !== fromYear || next.toYear !== toYear) onChange(next);
  };
  const keys = (e: React.KeyboardEvent) => e.key === 'Enter' && apply();
  return (
    <Group align="flex-start" gap="sm">
      <NumberInput
        label={t('from')}
        value={from}
        onChange={setFrom}
        onBlur={apply}
        onKeyDown={keys}
        min={1900}
        max={2200}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator={false}
        hideControls
        clampBehavior="none"
        w={110}
        error={problem.field === 'from' ? message : null}
      />
      <NumberInput
        label={t('to')}
        value={to}
        onChange={setTo}
        onBlur={apply}
        onKeyDown={keys}
        min={1900}
        max={2200}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator={false}
        hideControls
        clampBehavior="none"
        w={110}
        error={problem.field === 'to' ? message : null}
      />
      <Button
        variant="default"
        mt={25}
        disabled={whole === null || (whole.fromYear === fromYear && whole.toYear === toYear)}
        onClick={() => whole && onChange(whole)}
      >
        {t('whole')}
      </Button>
    </Group>
  );
});
