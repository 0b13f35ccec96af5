import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../../shared/domain/importPreview';

/** Problems with the file as a whole: nothing is imported until they are fixed. */
export function FileProblems({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation('import');
  if (preview.problems.length === 0) return null;
  return (
    <Alert color="red" title={t('problem.title')} role="alert">
      {preview.problems.map((p) => {
        const params: Record<string, string | number> = {};
        for (const [k, v] of Object.entries(p.params)) {
          params[k] = Array.isArray(v)
            ? k === 'columns'
              ? v.map((f) => t(`field.${f}`)).join(', ')
              : v.join(', ')
            : v;
        }
        return (
          <Text key={p.code} size="sm">
            {t(`problem.${p.code}`, params)}
          </Text>
        );
      })}
    </Alert>
  );
}
