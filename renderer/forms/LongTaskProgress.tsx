import { useTranslation } from 'react-i18next';
import { TaskProgress } from '../components/TaskProgress';
import type { useLongTask } from './useLongTask';

/** The progress bar of a running long task, in the app's words, with Cancel while it can stop. */
export function LongTaskProgress({ task }: { task: ReturnType<typeof useLongTask> }) {
  const { t } = useTranslation();
  if (!task.running) return null;
  const progress = task.progress;
  const label = progress
    ? t(`task.${progress.phase}`, { done: progress.done, total: progress.total })
    : t('task.starting');
  const percent = progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : null;
  const stoppable = progress?.cancellable !== false;
  return (
    <TaskProgress
      label={label}
      percent={percent}
      cancelLabel={t('actions.cancel')}
      onCancel={stoppable ? () => void task.cancel() : null}
      cancelling={task.cancelling}
      note={stoppable ? undefined : t('task.tooLate')}
    />
  );
}
