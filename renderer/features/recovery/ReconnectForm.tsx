import { Button, Group, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { codeFrom, exchangeCode } from '../../api/browserTransport';

/**
 * Browser mode, when the host does not know this tab (a bookmark, a restart that forgot it):
 * she pastes the fresh address the console printed; the page itself stays as it is.
 */
export function ReconnectForm({ onConnected }: { onConnected?: () => void }) {
  const { t } = useTranslation();
  const [address, setAddress] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function reconnect() {
    setProblem(null);
    const code = codeFrom(address);
    if (!code) return setProblem(t('connection.badAddress'));
    try {
      const pasted = new URL(address.trim());
      // Another port is another site to the browser: this tab's typing cannot follow it there.
      if (pasted.origin !== window.location.origin)
        return setProblem(t('connection.otherPort', { address: pasted.origin }));
    } catch {
      // The bare code: same origin by definition.
    }
    setBusy(true);
    const outcome = await exchangeCode(code);
    setBusy(false);
    if (outcome === 'ok') {
      setAddress('');
      onConnected?.();
    } else setProblem(t(outcome === 'lost' ? 'connection.stillLost' : 'connection.codeRefused'));
  }

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void reconnect();
      }}
    >
      <Group align="flex-end" gap="xs" wrap="wrap">
        <TextInput
          label={t('connection.addressLabel')}
          description={t('connection.addressHint')}
          value={address}
          onChange={(event) => setAddress(event.currentTarget.value)}
          error={problem}
          style={{ flex: '1 1 24rem' }}
          autoComplete="off"
          spellCheck={false}
        />
        <Button type="submit" loading={busy}>
          {t('connection.reconnect')}
        </Button>
      </Group>
      <Text size="xs" c="dimmed" mt={4}>
        {t('connection.why')}
      </Text>
    </form>
  );
}
