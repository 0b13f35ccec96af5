import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../../../shared/domain/money/formatMoney';
import type { VarianceRowView } from '../../../shared/ipc/channels/moneyViews';
import { useFormat } from '../../i18n/format';

/** Planned against actual, with the variance (over the plan is marked) and the share used. */
export function VarianceTable(props: {
  caption: string;
  firstColumn: string;
  rows: readonly VarianceRowView[];
  total: VarianceRowView;
  label(row: VarianceRowView): string;
}) {
  const { t, i18n } = useTranslation('money');
  const format = useFormat();
  const money = (m: VarianceRowView['planned']) => formatMoney(m, i18n.language);
  const percent = (p: number | null) =>
    p === null ? '–' : `${format.number(p)}${i18n.language === 'en' ? '%' : '\u00a0%'}`;
  const line = (r: VarianceRowView, total = false) => {
    const over = r.variance.amount > 0;
    return (
      <Table.Tr key={r.key} fw={total ? 700 : undefined}>
        <Table.Th scope="row" fw={total ? 700 : 400}>
          {total ? t('budget.total') : props.label(r)}
          {over && !total && (
            <Badge ml="xs" color="red" variant="light" size="sm">
              {t('budget.over')}
            </Badge>
          )}
        </Table.Th>
        <Table.Td ta="right">{money(r.planned)}</Table.Td>
        <Table.Td ta="right">{money(r.actual)}</Table.Td>
        <Table.Td ta="right">
          <Text span inherit c={over ? 'red.9' : undefined}>
            {over ? '+' : ''}
            {money(r.variance)}
          </Text>
        </Table.Td>
        <Table.Td ta="right">{percent(r.usedPercent)}</Table.Td>
      </Table.Tr>
    );
  };
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped captionSide="top">
        <Table.Caption>{props.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{props.firstColumn}</Table.Th>
            <Table.Th ta="right">{t('budget.planned')}</Table.Th>
            <Table.Th ta="right">{t('budget.actual')}</Table.Th>
            <Table.Th ta="right">{t('budget.variance')}</Table.Th>
            <Table.Th ta="right">{t('budget.used')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map((r) => line(r))}
          {line(props.total, true)}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
