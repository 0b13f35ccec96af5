import type { IncomeSource } from '../../../shared/domain/budget/categories';
import type { Tx } from '../store/transaction';
import { invalid } from './moneyCommon';

/**
 * A grant booked or planned as income may name the funding application it was granted on.
 * The name must resolve, and only a grant names one; `path` points the form at the picker.
 */
export function requireApplication(tx: Tx, source: IncomeSource, path: (string | number)[]): void {
  const id = source.applicationId;
  if (id === null) return;
  if (source.kind !== 'grant')
    throw invalid('Only a grant can name a funding application', {
      path: [...path, 'applicationId'],
      code: 'application_needs_grant',
    });
  if (!tx.get('applications', id))
    throw invalid(`No funding application ${id}`, {
      path: [...path, 'applicationId'],
      code: 'unknown_application',
    });
}

/**
 * Before an application is deleted: the income booked and planned against it stays, with
 * its amounts, and loses the link; a source without a name takes the application's title,
 * so the ledger still says where the money came from.
 */
export function detachApplication(tx: Tx, app: { id: string; title: string }): void {
  const detach = (s: IncomeSource): IncomeSource =>
    s.applicationId === app.id ? { ...s, applicationId: null, name: s.name.trim() || app.title } : s;
  for (const e of tx.all('ledger'))
    if (e.direction === 'income' && e.source.applicationId === app.id) {
      const detached = { ...e, source: detach(e.source) };
      tx.put('ledger', detached);
    }
  for (const p of tx.all('cofinancing'))
    if (p.shares.some((s) => s.source.applicationId === app.id))
      tx.patch('cofinancing', p.id, { shares: p.shares.map((s) => ({ ...s, source: detach(s.source) })) });
}
