import type { LedgerEntryDraft, LedgerFilter } from '../../../shared/domain/budget/drafts';
import { entryYear, LedgerEntry, type ReceiptRef } from '../../../shared/domain/budget/model';
import { detectReceiptType, RECEIPT_EXTENSIONS } from '../../../shared/domain/budget/receipts';
import { reproduce } from '../../../shared/domain/money/convert';
import { MAX_RECEIPT_BYTES, type LedgerRecord } from '../../../shared/ipc/channels/moneyViews';
import { AppFailure } from '../../../shared/ipc/errors';
import type { AttachmentStore } from '../attachments/attachmentStore';
import { requireCategory } from './moneyCategories';
import type { ServiceContext } from '../context';
import { requireApplication } from './grantLinks';
import { checkedWith, fieldsOf, invalid, notFound, requireActivity } from './moneyCommon';

const [expense, income] = LedgerEntry.options;
const EntryFields = { expense: expense.omit({ id: true }), income: income.omit({ id: true }) };

const matches = (e: LedgerRecord, f: LedgerFilter, needle: string): boolean =>
  (f.year === undefined || entryYear(e) === f.year) &&
  (f.activityId === undefined || e.activityId === f.activityId) &&
  (f.currency === undefined || e.amount.currency === f.currency) &&
  (f.direction === undefined || e.direction === f.direction) &&
  (f.category === undefined || (e.direction === 'expense' ? e.category : e.source.kind) === f.category) &&
  (needle === '' ||
    [e.counterparty, e.description, e.receipt?.fileName ?? '', e.direction === 'income' ? e.source.name : '']
      .join('\n')
      .toLocaleLowerCase()
      .includes(needle));

/** The ledger of income and spending, and the receipts kept with its entries. */
export function moneyLedgerService(ctx: ServiceContext, attachments: AttachmentStore) {
  return {
    list(filter: LedgerFilter): LedgerRecord[] {
      const needle = (filter.text ?? '').trim().toLocaleLowerCase();
      return ctx
        .store()
        .data.ledger.filter((e) => matches(e, filter, needle))
        .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
    },

    async save(draft: LedgerEntryDraft): Promise<LedgerRecord> {
      const fields = fieldsOf(draft);
      const entry = checkedWith(
        draft.direction === 'expense' ? EntryFields.expense : EntryFields.income,
        fields,
        'ledger entry',
      );
      if (entry.direction === 'expense' && entry.paidBy.kind === 'volunteer') {
        if (entry.paidBy.reimbursed > entry.amount.amount) {
          throw invalid('More was paid back than the volunteer paid', {
            path: ['paidBy', 'reimbursed'],
            code: 'reimbursed_more_than_paid',
          });
        }
      }
      if (entry.conversion) {
        const c = entry.conversion;
        if (
          c.original.amount !== entry.amount.amount ||
          c.original.currency !== entry.amount.currency ||
          !reproduce(c)
        ) {
          throw invalid('The recorded conversion does not give its converted amount', {
            path: ['conversion'],
            code: 'conversion_mismatch',
          });
        }
      }
      if (entry.receipt && !(await attachments.exists(entry.receipt.attachmentId))) {
        throw invalid('The receipt file is not in the data folder', {
          path: ['receipt'],
          code: 'receipt_missing',
        });
      }
      const { value } = await ctx.store().transaction((tx) => {
        const current = draft.id === undefined ? undefined : tx.get('ledger', draft.id);
        if (draft.id !== undefined && !current) throw notFound('ledger entry', draft.id);
        requireActivity(tx, entry.activityId);
        if (entry.direction === 'income') requireApplication(tx, entry.source, ['source']);
        else requireCategory(tx, entry.category, current?.direction === 'expense' ? current.category : null);
        return current
          ? tx.put('ledger', { ...entry, id: current.id }, draft.rev)
          : tx.insert('ledger', entry);
      });
      return value;
    },

    async remove(id: string, rev?: number): Promise<{ id: string }> {
      await ctx.store().transaction((tx) => {
        if (!tx.get('ledger', id)) throw notFound('ledger entry', id);
        tx.remove('ledger', id, rev);
      });
      return { id };
    },

    /** Keeps a receipt's bytes: a PDF or an image by its content, whatever its name says. */
    async addReceipt(bytes: Uint8Array, fileName: string): Promise<ReceiptRef> {
      if (bytes.byteLength > MAX_RECEIPT_BYTES) {
        throw new AppFailure('TOO_LARGE', `The receipt has ${bytes.byteLength} bytes`, [
          {
            path: ['receipt'],
            code: 'receipt_too_large',
            message: `At most ${MAX_RECEIPT_BYTES} bytes`,
            params: { limit: MAX_RECEIPT_BYTES },
          },
        ]);
      }
      const mediaType = detectReceiptType(bytes);
      if (!mediaType) {
        throw invalid('A receipt must be a PDF or an image (JPEG, PNG, WebP)', {
          path: ['receipt'],
          code: 'receipt_not_pdf_or_image',
        });
      }
      const attachmentId = await attachments.add(bytes, RECEIPT_EXTENSIONS[mediaType]);
      const name = fileName.split(/[\\/]/).pop()?.trim() || `receipt.${RECEIPT_EXTENSIONS[mediaType]}`;
      return { attachmentId, fileName: name.slice(0, 255), mediaType };
    },

    async receipt(attachmentId: string): Promise<{ bytes: Uint8Array; mediaType: ReceiptRef['mediaType'] }> {
      const bytes = await attachments.read(attachmentId);
      const mediaType = bytes ? detectReceiptType(bytes) : null;
      if (!bytes || !mediaType) throw new AppFailure('NOT_FOUND', `No receipt ${attachmentId}`);
      return { bytes, mediaType };
    },
  };
}
export type MoneyLedgerService = ReturnType<typeof moneyLedgerService>;
