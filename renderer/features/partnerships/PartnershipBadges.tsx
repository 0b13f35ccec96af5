import { Badge, Box, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PartnershipKind, PartnershipStatus } from '../../../shared/domain/partnership';
import { statusLabelKey, statusShade } from '../../i18n/statuses';

export function StatusBadge({ status }: { status: PartnershipStatus }) {
  const { t } = useTranslation();
  return <StatusLabelBadge status={status} label={t(statusLabelKey(status))} />;
}

/**
 * The badge without a hook of its own, for the registry's rows (dozens redrawn per scroll step).
 * A dot in the status's colour beside words in the text colour: the same dot as on the map,
 * and words that stay readable (4.5 : 1) whatever the colour.
 */
export function StatusLabelBadge({ status, label }: { status: PartnershipStatus; label: string }) {
  return (
    <Badge color={statusShade(status)} variant="dot" data-status={status}>
      {label}
    </Badge>
  );
}

/** The status as words in a sentence, with its colour as a dot: for lists that are read, such as the history. */
export function StatusText({ status }: { status: PartnershipStatus }) {
  const { t } = useTranslation();
  return (
    <Group gap={6} wrap="nowrap" data-status={status}>
      <Box w={8} h={8} bg={statusShade(status)} style={{ borderRadius: '50%', flex: 'none' }} aria-hidden />
      <Text size="sm">{t(statusLabelKey(status))}</Text>
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
