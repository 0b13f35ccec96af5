import { Anchor, Box, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The charter's two languages side by side, row by row: each column's header, fields and
 * messages share rows with the other column (CSS subgrid), so a header that wraps in one
 * language, or an error under one field, never pushes one column out of line with the other.
 */
export function LanguageColumns({ rows, gap, children }: { rows: number; gap: string; children: ReactNode }) {
  return (
    <Box
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(2, minmax(0, 1fr))',
        columnGap: 'var(--mantine-spacing-md)',
        ['--language-rows' as string]: `span ${rows}`,
        ['--language-gap' as string]: gap,
      }}
    >
      {children}
    </Box>
  );
}

/** One language's column; its children take the rows LanguageColumns set up, one child a row. */
export function LanguageColumn({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Box
      role="group"
      aria-label={label}
      style={{
        display: 'grid',
        gridRow: 'var(--language-rows)',
        gridTemplateRows: 'subgrid',
        rowGap: 'var(--language-gap)',
        alignContent: 'start',
      }}
    >
      {children}
    </Box>
  );
}

/**
 * A column's header: the language's name, and below it the way back to the library's wording,
 * so both columns' headers have the same shape however long the name or the link is.
 */
export function LanguageHeader({ language, onReset }: { language: string; onReset(): void }) {
  const { t } = useTranslation('agreements');
  return (
    <Stack gap={2} align="flex-start">
      <Text fw={600} size="sm">
        {language}
      </Text>
      <Anchor component="button" type="button" size="xs" fw={500} ta="left" onClick={onReset}>
        {t('clauses.reset')}
      </Anchor>
    </Stack>
  );
}
