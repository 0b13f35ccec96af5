import { useTranslation } from 'react-i18next';
import type { HostPlan } from '../../../shared/ipc/channels/hosts';
import { useFormat } from '../../i18n/format';

type Reason = HostPlan['suggestions'][number]['reasons'][number];
type Problem = HostPlan['assignments'][number]['problems'][number];

/** The matching's reasons, blockers and problems in the secretary's words. */
export function useHostWords() {
  const { t } = useTranslation('hosts');
  const format = useFormat();
  return {
    reason: (r: Reason): string => {
      switch (r.code) {
        case 'beds':
          return t('reason.beds', { free: r.free, beds: r.beds });
        case 'language':
          return t('reason.language', { language: format.language(r.language) });
        case 'checkedForMinors':
          return t('reason.checkedForMinors', { date: format.date(r.date) });
        case 'groupTogether':
          return t('reason.groupTogether', { group: r.group, size: r.size });
        case 'groupSplit':
          return t('reason.groupSplit', { group: r.group });
        default:
          return t(`reason.${r.code}`);
      }
    },
    problem: (p: Problem): string => t(`problem.${p}`),
    blocker: (b: HostPlan['unplaced'][number]['blockers'][number]): string =>
      t(`blocker.${b.code}`, { count: b.households }),
  };
}
