import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  SyncSetup,
  type SyncConfig,
  type SyncStatus,
  type SyncTestResult,
} from '../../../shared/domain/sync';
import { call } from '../../api/client';
import { useUnsavedChanges } from '../../forms/useUnsavedChanges';
import { useSubmit } from '../../forms/useSubmit';
import { ForgetPasswordButton } from './ForgetPasswordButton';
import { PasswordKeepingNote } from './SyncNotices';

interface Props {
  status: SyncStatus | null;
  onStatus: (status: SyncStatus) => void;
}

const empty = { url: '', database: '', user: '', password: '' };

/** The setup a connection test was made with: a failed test holds Start until one of these changes. */
const setupKey = (v: typeof empty) =>
  JSON.stringify([v.url.trim(), v.database.trim(), v.user.trim(), v.password]);

/**
 * The server's address, the database and the member's user and password. Saved on purpose
 * (with Test connection or Start sync); the password goes to the core, which keeps it with
 * the OS's secret store where there is one, never in the data folder's records.
 */
export function SyncSetupForm({ status, onStatus }: Props) {
  const { t } = useTranslation('sync');
  const [saved, setSaved] = useState<SyncConfig | null>(null);
  const [values, setValues] = useState(empty);
  const [tested, setTested] = useState<SyncTestResult | null>(null);
  /** The setup the last test failed with (its password typed then), or null. */
  const [failedWith, setFailedWith] = useState<string | null>(null);
  const [action, setAction] = useState<'test' | 'start'>('test');
  // Read by the save below in the same click that sets it, before the next render.
  const pressed = useRef<'test' | 'start'>('test');

  useEffect(() => {
    void call('sync:config', {}).then((config) => {
      if (!config) return;
      setSaved(config);
      setValues((v) => ({ ...v, ...config }));
    });
  }, []);

  const dirty =
    values.password !== '' ||
    values.url !== (saved?.url ?? '') ||
    values.database !== (saved?.database ?? '') ||
    values.user !== (saved?.user ?? '');
  const { leave } = useUnsavedChanges(dirty, t('pending'));

  const { submit, errors, failure, saving } = useSubmit(
    SyncSetup,
    async (setup) => {
      const config = await call('sync:configure', setup);
      setSaved(config);
      setValues((v) => ({ ...v, ...config, password: '' }));
      leave();
      if (pressed.current === 'test') {
        const result = await call('sync:test', {});
        setTested(result);
        setFailedWith(result.ok ? null : setupKey({ ...config, password: '' }));
      } else {
        const started = await call('sync:start', {});
        setTested(null);
        onStatus(started);
      }
    },
    values,
  );

  const running = status?.state === 'active' || status?.state === 'idle' || status?.state === 'offline';
  // After a failed test, Start waits for a test that works or a changed setup (a new password too).
  const startBlocked = failedWith !== null && failedWith === setupKey(values);
  const canForget = (saved?.user ?? '') !== '' && status?.password?.known === true;
  const send = (which: 'test' | 'start') => {
    setAction(which);
    pressed.current = which;
    const { password, ...rest } = values;
    void submit(password === '' ? rest : values);
  };
  const field = (name: keyof typeof empty) => ({
    value: values[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement>) => {
      const typed = event.currentTarget.value;
      setValues((v) => ({ ...v, [name]: typed }));
    },
    error: errors[name],
  });

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sync-setup-title">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          send('test');
        }}
      >
        <Stack>
          <Title order={3} size="h5" id="sync-setup-title">
            {t('setup.title')}
          </Title>
          <TextInput label={t('setup.url')} description={t('setup.urlHint')} required {...field('url')} />
          <TextInput
            label={t('setup.database')}
            description={t('setup.databaseHint')}
            required
            {...field('database')}
          />
          <TextInput label={t('setup.user')} description={t('setup.userHint')} {...field('user')} />
          <PasswordInput
            label={t('setup.password')}
            description={t('setup.passwordHint')}
            {...field('password')}
          />
          <PasswordKeepingNote status={status} />
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          {tested && (
            <Alert
              color={tested.ok ? 'teal' : 'red'}
              role="status"
              title={t(tested.ok ? 'test.ok' : 'test.failed')}
            >
              {tested.ok
                ? t('test.okBody', { server: tested.server, count: tested.documents })
                : tested.reason === 'unreachable'
                  ? t('test.unreachable', { url: saved?.url ?? values.url })
                  : t(`reason.${tested.reason}`)}
              {tested.ok && tested.access === 'read' && ` ${t('test.readOnly')}`}
            </Alert>
          )}
          <Group>
            <Button type="submit" variant="default" loading={saving && action === 'test'}>
              {t('setup.test')}
            </Button>
            {running ? (
              <Button color="gray" onClick={() => void call('sync:stop', {}).then(onStatus)}>
                {t('setup.stop')}
              </Button>
            ) : (
              <Button
                onClick={() => send('start')}
                loading={saving && action === 'start'}
                disabled={startBlocked}
                aria-describedby={startBlocked ? 'sync-start-blocked' : undefined}
              >
                {t('setup.start')}
              </Button>
            )}
            {canForget && <ForgetPasswordButton user={saved?.user ?? ''} onStatus={onStatus} />}
          </Group>
          {startBlocked && !running && (
            <Text size="sm" c="red.9" id="sync-start-blocked">
              {t('test.startBlocked')}
            </Text>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
