import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectDocumentType, documentMediaType } from '../../../../../shared/domain/files/documentTypes';

const ooxml = (folder: string) =>
  zipSync({ '[Content_Types].xml': strToU8('<Types/>'), [`${folder}/main.xml`]: strToU8('<x/>') });
const odf = (type: string) =>
  zipSync({ mimetype: [strToU8(type), { level: 0 }], 'content.xml': strToU8('<office:document/>') });
const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

describe('the kind of file kept with a required document', () => {
  it('tells PDFs, images and office documents by their content, whatever the name says', () => {
    expect(detectDocumentType(new TextEncoder().encode('%PDF-1.7\n'), 'scan.docx')).toBe('pdf');
    expect(detectDocumentType(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'a')).toBe(
      'png',
    );
    expect(detectDocumentType(ooxml('word'), 'letter.pdf')).toBe('docx');
    expect(detectDocumentType(ooxml('xl'), 'budget')).toBe('xlsx');
    expect(detectDocumentType(ooxml('ppt'), 'slides')).toBe('pptx');
    expect(detectDocumentType(odf('application/vnd.oasis.opendocument.text'), 'x')).toBe('odt');
    expect(detectDocumentType(odf('application/vnd.oasis.opendocument.spreadsheet'), 'x')).toBe('ods');
  });

  it('tells the old binary Office files apart by their name only, since they share one container', () => {
    expect(detectDocumentType(ole, 'Formular.DOC')).toBe('doc');
    expect(detectDocumentType(ole, 'buget.xls')).toBe('xls');
    expect(detectDocumentType(ole, 'setup.msi')).toBeNull();
  });

  it('refuses a plain zip, a programme, a text file and a truncated zip', () => {
    expect(detectDocumentType(zipSync({ 'a.txt': strToU8('a') }), 'a.docx')).toBeNull();
    expect(detectDocumentType(new TextEncoder().encode('MZ\x90\x00'), 'form.pdf')).toBeNull();
    expect(detectDocumentType(new TextEncoder().encode('just text'), 'notes.odt')).toBeNull();
    expect(detectDocumentType(ooxml('word').subarray(0, 40), 'cut.docx')).toBeNull();
  });

  it('gives the media type a stored file is opened with, from its name in the attachment store', () => {
    expect(documentMediaType(`${'a'.repeat(64)}.xlsx`)).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(documentMediaType(`${'a'.repeat(64)}.bin`)).toBe('application/octet-stream');
  });
});
