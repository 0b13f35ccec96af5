import { Alert, Badge, Group, NavLink, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  CLAUSE_KEYS,
  UNNUMBERED_CLAUSES,
  type AgreementContent,
  type ClauseKey,
} from '../../../shared/domain/agreement/model';
import type { FieldIssue } from '../../../shared/ipc/errors';
import { ClauseEditor } from './ClauseEditor';
import type { Edit } from './draftEdits';
import { LabelsEditor } from './LabelsEditor';

interface Props {
  content: AgreementContent;
  issues: readonly FieldIssue[];
  /** Messages of fields the core would refuse, by path. */
  invalid: Readonly<Record<string, string>>;
  /** A clause key, or "labels" for the printed labels. */
  selected: string;
  onSelect(key: string): void;
  onEdit(edit: Edit): void;
}

/** The list of the charter's clauses on the left, the chosen one in both languages on the right. */
export function ClausesTab({ content, issues, invalid, selected, onSelect, onEdit }: Props) {
  const { t } = useTranslation('agreements');
  const textIssues = issues.filter((i) => i.path[0] === 'texts');
  const count = (key: string) =>
    textIssues.filter((i) => (key === 'labels' ? i.path[2] === 'labels' : i.path[3] === key)).length;
  const flaggedIn = (key: string) =>
    new Set(
      textIssues
        .filter((i) => (key === 'labels' ? i.path[2] === 'labels' : i.path[3] === key))
        .map((i) => (key === 'labels' ? `${String(i.path[1])}.${String(i.path[3])}` : String(i.path[1]))),
    );
  let article = 0;
  const items = [
    ...CLAUSE_KEYS.map((key) => ({
      key,
      label: UNNUMBERED_CLAUSES.includes(key)
        ? t(`clauses.${key}`)
        : t('clauses.article', { n: ++article, name: t(`clauses.${key}`) }),
    })),
    { key: 'labels', label: t('clauses.labels') },
  ];

  return (
    <Group align="flex-start" gap="md" wrap="nowrap">
      <Paper
        withBorder
        w={230}
        p={4}
        style={{ flexShrink: 0 }}
        component="nav"
        aria-label={t('clauses.list')}
      >
        {items.map((item) => (
          <NavLink
            key={item.key}
            label={item.label}
            active={selected === item.key}
            onClick={() => onSelect(item.key)}
            rightSection={
              count(item.key) > 0 ? (
                <Badge size="xs" color="red" circle>
                  {count(item.key)}
                </Badge>
              ) : null
            }
            py={4}
          />
        ))}
      </Paper>
      <Stack gap="sm" style={{ flex: 1, minWidth: 0 }}>
        <Alert variant="light" color="gray" p="xs">
          <Text size="xs">{t('clauses.hint')}</Text>
        </Alert>
        {selected === 'labels' ? (
          <LabelsEditor content={content} flagged={flaggedIn('labels')} invalid={invalid} onEdit={onEdit} />
        ) : (
          <ClauseEditor
            content={content}
            clause={selected as ClauseKey}
            flagged={flaggedIn(selected)}
            invalid={invalid}
            onEdit={onEdit}
          />
        )}
      </Stack>
    </Group>
  );
}
