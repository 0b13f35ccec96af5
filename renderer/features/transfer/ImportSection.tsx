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
  type RowEdit,
} from '../../../shared/domain/importPreview';
import { call } from '../../api/client';
import { FormFailure } from '../../components/FormFailure';
import { errorMessage } from '../../forms/useSubmit';
import { LongTaskProgress } from '../../forms/LongTaskProgress';
import { useLongTask, wasCancelled } from '../../forms/useLongTask';
import { buildChoices, importCount, type RowDecision } from './choices';
import { decodeBytes, type TextEncoding } from '../../../shared/domain/csv/detectEncoding';
import { ImportFileInfo } from './ImportFileInfo';
import { FileProblems } from './FileProblems';
import { PreviewTable } from './PreviewTable';
import { RowEditModal } from './RowEditModal';

/** Rows whose town lies outside the gazetteer's Europe start as typed by hand, in the file's spelling. */
function byHandOutsideGazetteer(preview: ImportPreview): Map<number, RowDecision> {
  const decisions = new Map<number, RowDecision>();
  for (const row of preview.rows) {
    if (row.issues.some((i) => i.code === 'outsideGazetteer'))
      decisions.set(row.line, { mode: 'manual', name: row.values.partner });
  }
  return decisions;
}

/** Paste or pick a CSV, see every row's fate, decide the ambiguous ones, then import in one step. */
export function ImportSection() {
  const { t } = useTranslation('import');
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
  /** A picked file's bytes and the encoding they are read in, so the secretary can choose another. */
  const [file, setFile] = useState<{ bytes: Uint8Array; encoding: TextEncoding } | null>(null);
  /** With no home town set: the one the secretary chose among the file's. */
  const [home, setHome] = useState<string | undefined>(undefined);
  /** Refused rows put right in the preview, by line; a new file starts without any. */
  const [edits, setEdits] = useState<RowEdit[]>([]);
  const [fixing, setFixing] = useState<PreviewRow | null>(null);
  const task = useLongTask();
  const [cancelled, setCancelled] = useState(false);

  /** A cancel changed nothing: say so calmly, not as a failure. */
  function cancelledOrFailed(error: unknown) {
    if (wasCancelled(error)) setCancelled(true);
    else setFailure(errorMessage(error, t));
  }

  /** `keep`: the row decisions to carry over, for rows that still wait for one (another home town chosen). */
  async function runPreview(
    input: string,
    chosenHome: string | undefined = home,
    typed: RowEdit[] = edits,
    keep: ReadonlyMap<number, RowDecision> = new Map(),
  ) {
    setFailure(null);
    setCancelled(false);
    setResult(null);
    setDecisions(new Map());
    setSource(input);
    if (input.length > IMPORT_TRANSPORT_MAX_CHARS) {
      setPreview({
        delimiter: null,
        columns: {},
        ignoredColumns: [],
        homeTowns: [],
        problems: [{ code: 'tooLarge', params: { maxMb: 2, sizeMb: Math.round(input.length / 1048576) } }],
        rows: [],
        counts: { ok: 0, ambiguous: 0, error: 0 },
      });
      return;
    }
    setBusy(true);
    try {
      const withEdits = typed.length > 0 ? { edits: typed } : {};
      const next = await task.run((taskId) =>
        call(
          'import:preview',
          chosenHome === undefined
            ? { text: input, ...withEdits, taskId }
            : { text: input, home: chosenHome, ...withEdits, taskId },
        ),
      );
      setPreview(next);
      const fresh = byHandOutsideGazetteer(next);
      for (const row of next.rows) {
        const kept = keep.get(row.line);
        if (kept && row.status === 'ambiguous') fresh.set(row.line, kept);
      }
      setDecisions(fresh);
    } catch (error) {
      cancelledOrFailed(error);
    } finally {
      setBusy(false);
    }
  }

  async function read(bytes: Uint8Array, encoding?: TextEncoding) {
    const decoded = decodeBytes(bytes, encoding);
    setFile({ bytes, encoding: decoded.encoding });
    setText(decoded.text.length <= 200_000 ? decoded.text : '');
    setEdits([]);
    await runPreview(decoded.text, home, []);
  }

  async function pick(picked: File | null) {
    if (!picked) return;
    setHome(undefined);
    await read(new Uint8Array(await picked.arrayBuffer()));
  }

  const plan = preview ? buildChoices(preview, decisions) : null;
  const count = preview ? importCount(preview, decisions) : 0;
  const blocked = !preview || preview.problems.length > 0 || (plan?.pending.length ?? 0) > 0 || count === 0;

  async function commit() {
    if (!preview || !plan) return;
    setBusy(true);
    setFailure(null);
    setCancelled(false);
    try {
      setResult(
        await task.run((taskId) =>
          call('import:commit', {
            text: source,
            choices: plan.choices,
            ...(home === undefined ? {} : { home }),
            ...(edits.length > 0 ? { edits } : {}),
            taskId,
          }),
        ),
      );
      setLeftOut(preview.rows.filter((r) => r.status === 'error' || decisions.get(r.line)?.mode === 'skip'));
      setPreview(null);
      setText('');
      setSource('');
    } catch (error) {
      cancelledOrFailed(error);
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
            onClick={() => {
              setFile(null);
              setEdits([]);
              void runPreview(text, home, []);
            }}
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
        <LongTaskProgress task={task} />
        {cancelled && (
          <Alert
            color="gray"
            role="status"
            withCloseButton
            closeButtonLabel={t('common:actions.close')}
            onClose={() => setCancelled(false)}
          >
            {t('common:task.cancelled')}
          </Alert>
        )}
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
        {fixing && (
          <RowEditModal
            row={fixing}
            onClose={() => setFixing(null)}
            onSave={(values) => {
              const before = edits.find((e) => e.line === fixing.line)?.values ?? {};
              const next = [
                ...edits.filter((e) => e.line !== fixing.line),
                { line: fixing.line, values: { ...before, ...values } },
              ];
              setEdits(next);
              void runPreview(source, home, next);
            }}
          />
        )}
        {preview && (
          <>
            <FileProblems preview={preview} />
            <ImportFileInfo
              preview={preview}
              encoding={file?.encoding ?? null}
              onEncoding={(encoding) => file && void read(file.bytes, encoding)}
              home={home}
              onHome={(chosen) => {
                setHome(chosen);
                void runPreview(source, chosen, edits, decisions);
              }}
            />
            {preview.rows.length > 0 && (
              <>
                <Text size="sm" role="status">
                  {t('preview.counts', preview.counts)}
                </Text>
                <PreviewTable
                  preview={preview}
                  decisions={decisions}
                  onDecide={(line, d) => setDecisions((m) => new Map(m).set(line, d))}
                  onFix={setFixing}
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
