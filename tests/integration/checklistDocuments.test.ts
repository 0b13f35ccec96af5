import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Backend } from '../../electron/core/backend';
import { sweepUnreferenced } from '../../electron/core/attachments/sweep';
import type { Input } from '../../shared/ipc/contract';
import {
  callError,
  must,
  municipality,
  openBackend,
  quietLog,
  removeDir,
  tempDataDir,
} from './helpers/backend';

const application: Input<'funding:saveApplication'> = {
  title: 'Europe Days 2026',
  programme: { programmeId: 'cerv-town-twinning', callYear: 2026, recordId: null },
  activityIds: [],
  applicants: [],
  projectStart: null,
  projectEnd: null,
  deadline: null,
  internalDaysBefore: 14,
  checklist: [],
  amounts: { requested: null, awarded: null, advanced: null, paid: null },
  plannedCosts: null,
  notes: '',
};

const pdf = new TextEncoder().encode('%PDF-1.4\n%application form\n');
const docx = zipSync({
  '[Content_Types].xml': strToU8('<Types/>'),
  'word/document.xml': strToU8('<w:document/>'),
});
const plainZip = zipSync({ 'notes.txt': strToU8('hello') });

describe('files kept with the required documents of an application, through dispatch', () => {
  const dirs: string[] = [];
  let dir: string;
  let backend: Backend;
  const log = quietLog();

  beforeEach(async () => {
    dir = await tempDataDir();
    dirs.push(dir);
    backend = await openBackend(dir, log);
  });
  afterEach(async () => {
    await backend.close();
    for (const d of dirs.splice(0)) await removeDir(d);
    expect(log.errors).toEqual([]);
  });

  it('keeps a PDF and a Word file with their documents, opens them again, and removes one', async () => {
    const app = await must(backend, 'funding:saveApplication', application);
    const one = await must(backend, 'funding:attachDocument', {
      id: app.id,
      rev: app.rev,
      documentId: 'application-form',
      bytes: pdf,
      fileName: 'C:\\Users\\ana\\Formular cerere.pdf',
    });
    const two = await must(backend, 'funding:attachDocument', {
      id: app.id,
      rev: one.rev,
      documentId: 'publication',
      bytes: docx,
      fileName: 'Text site.docx',
    });
    expect(two.checklist).toEqual([
      expect.objectContaining({
        documentId: 'application-form',
        fileName: 'Formular cerere.pdf',
        done: false,
      }),
      expect.objectContaining({ documentId: 'publication', fileName: 'Text site.docx' }),
    ]);
    const back = await must(backend, 'funding:document', { id: app.id, documentId: 'publication' });
    expect(back.mediaType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(Buffer.from(back.bytes).equals(Buffer.from(docx))).toBe(true);
    expect(back.fileName).toBe('Text site.docx');

    const removed = await must(backend, 'funding:detachDocument', {
      id: app.id,
      rev: two.rev,
      documentId: 'publication',
    });
    expect(removed.checklist.find((c) => c.documentId === 'publication')).toMatchObject({
      attachment: null,
      fileName: '',
    });
    expect(
      (await callError(backend, 'funding:document', { id: app.id, documentId: 'publication' })).code,
    ).toBe('NOT_FOUND');
  });

  it('refuses a file that is no PDF, image or office document at the file field, and keeps the checklist', async () => {
    const app = await must(backend, 'funding:saveApplication', application);
    for (const [bytes, fileName] of [
      [plainZip, 'documents.zip'],
      [new TextEncoder().encode('MZ\x90\x00'), 'form.pdf'],
    ] as const) {
      const error = await callError(backend, 'funding:attachDocument', {
        id: app.id,
        documentId: 'application-form',
        bytes,
        fileName,
      });
      expect(error.code).toBe('VALIDATION');
      expect(error.issues).toEqual([
        expect.objectContaining({ path: ['file'], code: 'document_type_refused' }),
      ]);
    }
    const unknown = await callError(backend, 'funding:attachDocument', {
      id: app.id,
      documentId: 'no-such-document',
      bytes: pdf,
      fileName: 'x.pdf',
    });
    expect(unknown.issues).toEqual([
      expect.objectContaining({ path: ['documentId'], code: 'unknown_document' }),
    ]);
    const saved = await callError(backend, 'funding:saveApplication', {
      ...application,
      id: app.id,
      checklist: [
        {
          documentId: 'application-form',
          done: true,
          attachment: `${'a'.repeat(64)}.pdf`,
          fileName: 'x.pdf',
        },
      ],
    });
    expect(saved.issues).toEqual([
      expect.objectContaining({ path: ['checklist', 0, 'attachment'], code: 'document_missing' }),
    ]);
    expect((await must(backend, 'funding:application', { id: app.id })).checklist).toEqual([]);
  });

  it('keeps the file through the sweep while the checklist names it, and carries it to a successor', async () => {
    await must(backend, 'municipality:save', municipality('Buziaș'));
    const app = await must(backend, 'funding:saveApplication', application);
    await must(backend, 'funding:attachDocument', {
      id: app.id,
      documentId: 'application-form',
      bytes: pdf,
      fileName: 'form.pdf',
    });
    expect(await sweepUnreferenced(dir, new Date(Date.now() + 86_400_000), 0)).toEqual([]);
    const archive = await must(backend, 'handover:export', { includeBackups: false });

    const next = await tempDataDir();
    dirs.push(next);
    const successor = await openBackend(next, log);
    try {
      await must(successor, 'municipality:save', municipality('Placeholder'));
      await must(successor, 'handover:import', { bytes: archive.bytes });
      const back = await must(successor, 'funding:document', { id: app.id, documentId: 'application-form' });
      expect(back.mediaType).toBe('application/pdf');
      expect(Buffer.from(back.bytes).toString()).toContain('%application form');
    } finally {
      await successor.close();
    }
  });
});
