import {
  Alert,
  Anchor,
  Button,
  FileButton,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  IMPORT_TRANSPORT_MAX_CHARS,
  type ImportPreview,
  type ImportResult,
  type PreviewRow,
} from '../../../shared/domain/importPreview';
import { call } from '../../api/client';
import { FormFailure } from '../../components/FormFailure';
import { errorMessage } from '../../forms/useSubmit';
import { buildChoices, importCount, type RowDecision } from './choices';
import { decodeText } from './decodeText';
import { FileProblems } from './FileProblems';
import { PreviewTable } from './PreviewTable';

/** Paste or pick a CSV, see every row's fate, decide the ambiguous ones, then import in one step. */
export function ImportSection() {
  const { t, i18n } = useTranslation('import');
  const [text, setText] = useState('');
  /** The exact text that was previewed: the commit sends it again, not whatever the box holds now. */
  const [source, setSource] = useState('');
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [decisions, setDecisions] = useState<Map<number, RowDecision>>(new Map());
  const [result, setResult] = useState<ImportResult | null>(null);
  /** The rows the import left out, kept so the report outlives the preview. */
  const [leftOut, setLeftOut] = useState<PreviewRow[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function runPreview(input: string) {
    setFailure(null);
    setResult(null);
    setDecisions(new Map());
    setSource(input);
    if (input.length > IMPORT_TRANSPORT_MAX_CHARS) {
      setPreview({
        delimiter: null,
        columns: {},
        problems: [{ code: 'tooLarge', params: { maxMb: 2, sizeMb: Math.round(input.length / 1048576) } }],
        rows: [],
        counts: { ok: 0, ambiguous: 0, error: 0 },
      });
      return;
    }
    setBusy(true);
    try {
      setPreview(await call('import:preview', { text: input }));
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  }

  async function pick(file: File | null) {
    if (!file) return;
    const { text: content } = decodeText(await file.arrayBuffer(), i18n.language);
    setText(content.length <= 200_000 ? content : '');
    await runPreview(content);
  }

  const plan = preview ? buildChoices(preview, decisions) : null;
  const count = preview ? importCount(preview, decisions) : 0;
  const blocked = !preview || preview.problems.length > 0 || (plan?.pending.length ?? 0) > 0 || count === 0;

  async function commit() {
    if (!preview || !plan) return;
    setBusy(true);
    setFailure(null);
    try {
      setResult(
        await call('import:commit', { text: source, choices: plan.choices, yearOnlyNote: t('yearOnlyNote') }),
      );
      setLeftOut(preview.rows.filter((r) => r.status === 'error' || decisions.get(r.line)?.mode === 'skip'));
      setPreview(null);
      setText('');
      setSource('');
    } catch (error) {
      setFailure(errorMessage(error, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-title">
      <Stack>
        <Title order={2} size="h4" id="import-title">
          {t('title')}
        </Title>
        <Text size="sm">{t('body')}</Text>
        <Textarea
          label={t('paste')}
          autosize
          minRows={4}
          maxRows={12}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          styles={{ input: { fontFamily: 'monospace' } }}
        />
        <Group>
          <Button
            onClick={() => void runPreview(text)}
            loading={busy && !preview}
            disabled={text.trim() === ''}
          >
            {t('previewButton')}
          </Button>
          <FileButton onChange={(f) => void pick(f)} accept=".csv,.txt,.tsv,text/csv,text/plain">
            {(props) => (
              <Button variant="default" {...props}>
                {t('pick')}
              </Button>
            )}
          </FileButton>
        </Group>
        <FormFailure title={t('failed')} message={failure} />
        {result && (
          <Alert color="green" title={t('done.title')} role="status">
            <Text size="sm">{t('done.body', { imported: result.imported, skipped: result.skipped })}</Text>
            {leftOut.length > 0 && (
              <List size="sm" my={4} aria-label={t('done.leftOut')}>
                {leftOut.map((row) => (
                  <List.Item key={row.line}>
                    {row.values.partner === ''
                      ? t('done.line', { line: row.line })
                      : t('done.lineNamed', { line: row.line, name: row.values.partner })}{' '}
                    {row.issues.length > 0
                      ? row.issues.map((issue) => t(`issue.${issue.code}`, issue.params)).join(' ')
                      : t('done.skipped')}
                  </List.Item>
                ))}
              </List>
            )}
            {result.backupId && <Text size="xs">{t('done.backup', { id: result.backupId })}</Text>}
            <Anchor component={Link} to="/partnerships" size="sm">
              {t('done.open')}
            </Anchor>
          </Alert>
        )}
        {preview && (
          <>
            <FileProblems preview={preview} />
            {preview.rows.length > 0 && (
              <>
                <Text size="sm" role="status">
                  {t('preview.counts', preview.counts)}
                </Text>
                <PreviewTable
                  preview={preview}
                  decisions={decisions}
                  onDecide={(line, d) => setDecisions((m) => new Map(m).set(line, d))}
                />
              </>
            )}
            {plan && plan.pending.length > 0 && preview.problems.length === 0 && (
              <Text size="sm" c="orange">
                {t('preview.pending', { count: plan.pending.length })}
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPreview(null)}>
                {t('common:actions.cancel')}
              </Button>
              <Button onClick={() => void commit()} disabled={blocked} loading={busy}>
                {t('confirm', { count })}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
