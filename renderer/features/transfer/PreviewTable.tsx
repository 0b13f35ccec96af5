import { Badge, Button, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, PreviewRow } from '../../../shared/domain/importPreview';
import { useFormat } from '../../i18n/format';
import type { RowDecision } from './choices';
import { RowChoice } from './RowChoice';

const ROW_COLOR = { ok: 'green', ambiguous: 'yellow', error: 'red' } as const;

function RowIssues({ row }: { row: PreviewRow }) {
  const { t } = useTranslation('import');
  return (
    <>
      {row.issues.map((issue, i) => (
        <Text key={i} size="xs" c={row.status === 'error' ? 'red' : undefined}>
          {t(`issue.${issue.code}`, issue.params)}
        </Text>
      ))}
    </>
  );
}

interface Props {
  preview: ImportPreview;
  decisions: ReadonlyMap<number, RowDecision>;
  onDecide(line: number, d: RowDecision): void;
  /** Opens the row's cells to put a refused row right. */
  onFix(row: PreviewRow): void;
}

/** Every row of the file with what will happen to it and why. */
export function PreviewTable({ preview, decisions, onDecide, onFix }: Props) {
  const { t } = useTranslation('import');
  const format = useFormat();
  // Narrow enough for a 1024-pixel window: the choice column must not scroll out of sight.
  return (
    <Table.ScrollContainer minWidth={700} maxHeight={520}>
      <Table striped stickyHeader aria-label={t('preview.table')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('preview.line')}</Table.Th>
            <Table.Th>{t('column.partner')}</Table.Th>
            <Table.Th>{t('column.country')}</Table.Th>
            <Table.Th>{t('column.year')}</Table.Th>
            <Table.Th>{t('column.kind')}</Table.Th>
            <Table.Th>{t('preview.status')}</Table.Th>
            <Table.Th>{t('preview.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {preview.rows.map((row) => (
            <Table.Tr key={row.line} data-status={row.status}>
              <Table.Td>{row.line}</Table.Td>
              <Table.Td>{row.values.partner}</Table.Td>
              <Table.Td>{row.country ? format.country(row.country) : row.values.country}</Table.Td>
              <Table.Td>{row.values.year}</Table.Td>
              <Table.Td>{row.kind ? t(`kind.${row.kind}`) : row.values.kind}</Table.Td>
              <Table.Td>
                <Badge color={ROW_COLOR[row.status]} style={{ minWidth: 'max-content' }}>
                  {t(`rowStatus.${row.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td miw={180}>
                {row.status === 'ok' && row.match && (
                  <Text size="xs">
                    {[row.match.name, row.match.admin2 || row.match.admin1].filter(Boolean).join(' · ')}
                  </Text>
                )}
                <RowIssues row={row} />
                {row.edited && (
                  <Text size="xs" c="dimmed">
                    {t('fix.edited')}
                  </Text>
                )}
                {row.status === 'error' && (
                  <Button size="compact-xs" variant="light" mt={4} onClick={() => onFix(row)}>
                    {t('fix.open', { line: row.line })}
                  </Button>
                )}
                {row.status === 'ambiguous' && (
                  <RowChoice
                    row={row}
                    decision={decisions.get(row.line)}
                    onChange={(d) => onDecide(row.line, d)}
                  />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
