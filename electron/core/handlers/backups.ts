import type { BackupService } from '../services/backups';
import type { HandlerMap } from './types';

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
