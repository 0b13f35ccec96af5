import type { BackupService } from './backups';
import type { HandlerMap } from '../handlerTypes';

export const backupHandlers = (
  backups: BackupService,
): HandlerMap<
  | 'backup:list'
  | 'backup:preview'
  | 'backup:holding'
  | 'backup:create'
  | 'backup:restore'
  | 'backup:restoreNewestGood'
> => ({
  'backup:list': () => backups.list(),
  'backup:preview': ({ id }) => backups.preview(id),
  'backup:holding': ({ collection, id }) => backups.holding(collection, id),
  'backup:create': () => backups.create(),
  'backup:restore': ({ id }) => backups.restore(id),
  'backup:restoreNewestGood': () => backups.restoreNewestGood(),
});
