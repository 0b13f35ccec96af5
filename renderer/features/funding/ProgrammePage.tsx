import {
  Alert,
  Anchor,
  Button,
  Group,
  List,
  Loader,
  Modal,
  NumberInput,
  Paper,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { call } from '../../api/client';
import { ConfirmModal } from '../../components/ConfirmModal';
import { PageHeader } from '../../components/PageHeader';
import { errorMessage } from '../../forms/useSubmit';
import { ProgrammeFiguresForm } from './ProgrammeFiguresForm';
import { ProgrammeSections } from './ProgrammeSections';
import { PublicityPanel } from './PublicityPanel';
import { programmePath } from './programmePath';
import { useCall } from './useCall';

/** One programme version, readable with its sources; copy it to a call year, or edit an edited one (?edit=1). */
export function ProgrammePage() {
  const { t } = useTranslation('funding');
  const { programmeId, year, recordId } = useParams();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const { data, failure, reload } = useCall('funding:programmes', {});
  const [copying, setCopying] = useState<number | null>(null);
  const [copyError, setCopyError] = useState<string | null>(null);
  const [removing, setRemoving] = useState(false);
  const version = data?.find(
    (v) =>
      v.ref.programmeId === programmeId &&
      String(v.ref.callYear) === year &&
      (v.ref.recordId ?? undefined) === recordId,
  );
  const editing = params.get('edit') === '1' && version?.ref.recordId != null;

  if (failure)
    return (
      <Alert color="red" role="alert">
        {failure}
      </Alert>
    );
  if (!data) return <Loader aria-label={t('common:loading')} />;
  if (!version)
    return (
      <Alert color="red" role="alert">
        {t('programme.notFound')}
      </Alert>
    );
  const p = version.programme;
  const basedOn =
    version.basedOn && data.find((v) => JSON.stringify(v.ref) === JSON.stringify(version.basedOn));

  async function copy() {
    if (!version || copying === null) return;
    try {
      const made = await call('funding:copyProgramme', { from: version.ref, callYear: copying });
      notifications.show({ color: 'green', message: t('programme.copyDone', { year: copying }) });
      setCopying(null);
      reload();
      void navigate(`${programmePath(made.ref)}?edit=1`);
    } catch (error) {
      setCopyError(errorMessage(error, t));
    }
  }
  async function remove() {
    if (!version?.ref.recordId) return;
    try {
      await call('funding:removeProgramme', { id: version.ref.recordId });
      notifications.show({ color: 'green', message: t('programme.removed') });
      void navigate('/funding?tab=programmes');
    } catch (error) {
      notifications.show({ color: 'red', message: errorMessage(error, t) });
      setRemoving(false);
    }
  }

  return (
    <>
      <Anchor component={Link} to="/funding?tab=programmes" size="sm">
        {t('programme.back')}
      </Anchor>
      <PageHeader
        title={`${p.name} ${p.callYear}`}
        subtitle={[
          p.callCode && t('programme.callCode', { code: p.callCode }),
          p.funder && t('programme.funder', { funder: p.funder }),
          t('programme.currency', { currency: p.currency }),
        ]
          .filter(Boolean)
          .join(' · ')}
        actions={
          <Group>
            <Button
              variant="default"
              onClick={() => {
                setCopyError(null);
                setCopying(p.callYear + 1);
              }}
            >
              {t('programme.copy')}
            </Button>
            {version.ref.recordId && !editing && (
              <Button onClick={() => setParams({ edit: '1' })}>{t('programme.edit')}</Button>
            )}
            {version.ref.recordId && (
              <Button color="red" variant="light" onClick={() => setRemoving(true)}>
                {t('programme.remove')}
              </Button>
            )}
          </Group>
        }
      />
      <Text mb="md">
        {version.ref.recordId
          ? t('programme.editedNote', {
              name: basedOn?.programme.name ?? version.basedOn?.programmeId,
              year: version.basedOn?.callYear,
              origin: t(version.basedOn?.recordId ? 'programmes.edited' : 'programmes.shipped'),
            })
          : t('programme.shippedNote')}
      </Text>
      {version.ref.recordId && <ChangesPanel id={version.ref.recordId} key={version.rev ?? 0} />}
      {editing ? (
        <ProgrammeFiguresForm
          version={version}
          onDone={() => {
            reload();
            setParams({});
          }}
        />
      ) : (
        <>
          <ProgrammeSections programme={p} />
          <PublicityPanel programme={p} />
        </>
      )}
      <Modal
        opened={copying !== null}
        onClose={() => setCopying(null)}
        title={t('programme.copyTitle', { name: p.name })}
      >
        <Stack>
          <NumberInput
            label={t('programme.copyYear')}
            min={2000}
            max={2100}
            value={copying ?? ''}
            onChange={(v) => setCopying(typeof v === 'number' ? v : null)}
            error={copyError}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setCopying(null)}>
              {t('common:actions.cancel')}
            </Button>
            <Button onClick={() => void copy()}>{t('programme.copy')}</Button>
          </Group>
        </Stack>
      </Modal>
      <ConfirmModal
        opened={removing}
        title={t('programme.remove')}
        message={t('programme.removeConfirm', { name: p.name, year: p.callYear })}
        confirmLabel={t('common:actions.delete')}
        cancelLabel={t('common:actions.cancel')}
        onConfirm={() => void remove()}
        onCancel={() => setRemoving(false)}
      />
    </>
  );
}

function ChangesPanel({ id }: { id: string }) {
  const { t } = useTranslation('funding');
  const { data } = useCall('funding:programmeChanges', { id });
  if (!data) return null;
  return (
    <Paper withBorder p="md" mb="md">
      <Title order={3} mb="xs">
        {t('programme.changes')}
      </Title>
      {data.length === 0 ? (
        <Text c="dimmed">{t('programme.noChanges')}</Text>
      ) : (
        <List size="sm">
          {data.map((c, i) => (
            <List.Item key={i}>
              {t(`programme.change${c.change[0]!.toUpperCase()}${c.change.slice(1)}`, {
                section: t(`programme.sections.${c.section}`),
                item: c.item ?? '',
                field: c.field ? t(`fields.${c.field}`, { defaultValue: c.field }) : '',
                before: c.before ?? '',
                after: c.after ?? '',
              }).replace(/ {2,}/g, ' ')}
            </List.Item>
          ))}
        </List>
      )}
    </Paper>
  );
}
