import { Badge, Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnershipKind, PartnershipStatus } from '../../../shared/domain/partnership';

const STATUS_COLOR: Record<PartnershipStatus, string> = {
  prospect: 'gray',
  exploring: 'cyan',
  negotiating: 'violet',
  active: 'green',
  dormant: 'orange',
  ended: 'dark',
};

export function StatusBadge({ status }: { status: PartnershipStatus }) {
  const { t } = useTranslation('partnerships');
  return <StatusLabelBadge status={status} label={t(`status.${status}`)} />;
}

/** The badge without a hook of its own, for the registry's rows (dozens redrawn per scroll step). */
export function StatusLabelBadge({ status, label }: { status: PartnershipStatus; label: string }) {
  return (
    <Badge color={STATUS_COLOR[status]} variant="light">
      {label}
    </Badge>
  );
}

/** The status as words in a sentence, with its colour as a dot: for lists that are read, such as the history. */
export function StatusText({ status }: { status: PartnershipStatus }) {
  const { t } = useTranslation('partnerships');
  return (
    <Group gap={6} wrap="nowrap">
      <Box
        w={8}
        h={8}
        bg={`${STATUS_COLOR[status]}.6`}
        style={{ borderRadius: '50%', flex: 'none' }}
        aria-hidden
      />
      <Text size="sm">{t(`status.${status}`)}</Text>
    </Group>
  );
}

export function KindBadge({ kind }: { kind: PartnershipKind }) {
  const { t } = useTranslation('partnerships');
  return <KindLabelBadge label={t(`kind.${kind}`)} />;
}

/**
 * The kind as a badge. In the registry's narrow column it shows the short name (kindShort,
 * "Projekt" for "Projektpartnerschaft") and gives the full one on hover.
 */
export function KindLabelBadge({ label, full = label }: { label: string; full?: string }) {
  const shortened = full !== label;
  return (
    <Badge color="indigo" variant="outline" title={shortened ? full : undefined}>
      {label}
    </Badge>
  );
}
