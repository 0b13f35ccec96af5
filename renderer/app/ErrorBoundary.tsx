import { Alert, Button, Stack } from '@mantine/core';
import { Component, type ReactNode } from 'react';
import { Translation } from 'react-i18next';

interface State {
  error: Error | null;
}

/** A rendering error shows a message and a way back instead of a blank window. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <Translation>
        {(t) => (
          <Stack p="xl" maw={640}>
            <Alert color="red" title={t('common:crash.title')}>
              {t('common:crash.body')}
              <pre style={{ whiteSpace: 'pre-wrap' }}>{this.state.error?.message}</pre>
            </Alert>
            <Button onClick={() => this.setState({ error: null })}>{t('common:crash.retry')}</Button>
          </Stack>
        )}
      </Translation>
    );
  }
}
