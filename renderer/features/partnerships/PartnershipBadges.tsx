import { Badge } from '@mantine/core';
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
  return (
    <Badge color={STATUS_COLOR[status]} variant="light">
      {t(`status.${status}`)}
    </Badge>
  );
}

export function KindBadge({ kind }: { kind: PartnershipKind }) {
  const { t } = useTranslation('partnerships');
  return (
    <Badge color="indigo" variant="outline">
      {t(`kind.${kind}`)}
    </Badge>
  );
}
