import { Alert, Anchor, List, ScrollArea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CheckMessage } from './checkMessages';

/** Why the charter cannot print (or save) yet, each point a link to where it is fixed. */
export function PrintCheckAlert({
  messages,
  onGo,
  title,
  color = 'orange',
}: {
  messages: readonly CheckMessage[];
  onGo(message: CheckMessage): void;
  /** Defaults to the print check's title. */
  title?: string;
  color?: string;
}) {
  const { t } = useTranslation('agreements');
  if (messages.length === 0) return null;
  return (
    <Alert color={color} title={title ?? t('check.title', { count: messages.length })} role="alert" mb="md">
      <ScrollArea.Autosize mah={180} type="auto">
        <List size="sm" spacing={2}>
          {messages.map((m) => (
            <List.Item key={m.id}>
              <Anchor component="button" type="button" size="sm" ta="left" onClick={() => onGo(m)}>
                {m.text}
              </Anchor>
            </List.Item>
          ))}
        </List>
      </ScrollArea.Autosize>
    </Alert>
  );
}
