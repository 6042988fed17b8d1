import { extract, xmlText } from '../src/privacy/extract';
import { stopPdfWorker } from '../src/privacy/pdf-worker';
import { fileFindings } from '../src/privacy/findings';
import { docxWith, jpegWithExif, pdfWith } from '../../../../tests/helpers/privacy-files';

afterAll(() => stopPdfWorker());

describe('extract', () => {
  it('reads the text of every page of a PDF', async () => {
    const out = await extract(await pdfWith(['Halaman satu', 'NIK 6171054509870002']), { name: 'a.pdf' });
    expect(out.kind).toBe('text');
    expect((out as any).text).toContain('6171054509870002');
  });
  it('reports a broken PDF as not checked, with why', async () => {
    expect(await extract(Buffer.from('%PDF-1.4\nrusak'), { name: 'rusak.pdf' })).toEqual({ kind: 'unchecked', reason: { id: 'PDF rusak atau tidak dapat dibaca', en: 'broken or unreadable PDF' } });
  });
  it('reads Word documents and refuses legacy or encrypted Office files', async () => {
    const out = await extract(await docxWith(['Daftar penerima', 'HP 0812 3456 7890']), { name: 'a.docx' });
    expect(out).toEqual({ kind: 'text', text: 'Daftar penerima\nHP 0812 3456 7890\n\n' });
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
    expect((await extract(ole, { name: 'lama.doc' })).kind).toBe('unchecked');
    expect(((await extract(ole, { name: 'kunci.docx' })) as any).reason.en).toBe('encrypted (password-protected) Office document');
    expect(((await extract(Buffer.from('PK bukan zip'), { name: 'x.docx' })) as any).reason.en).toBe('broken file: not a valid Office document');
  });
  it('finds GPS, owner and serial number in image metadata', async () => {
    const out = await extract(await jpegWithExif(), { name: 'foto.jpg', mime: 'image/jpeg' });
    expect(out).toEqual({ kind: 'image', metadata: [{ what: 'gps', detail: 'GPS' }, { what: 'owner', detail: 'Artist' }, { what: 'serial', detail: 'SerialNumber' }] });
    const findings = fileFindings('coverImage', { id: 1, name: 'foto.jpg', hash: 'h' }, out, new Set());
    expect(findings.map((f) => f.masked)).toEqual(['lokasi GPS (GPS)', 'nama pemilik (Artist)', 'nomor seri perangkat (SerialNumber)']);
  });
  it('binary "text" and unknown kinds are not checked', async () => {
    expect((await extract(Buffer.from([0x61, 0, 0x62]), { name: 'a.csv' })).kind).toBe('unchecked');
    expect((await extract(Buffer.from('x'), { name: 'video.mp4' })).kind).toBe('unchecked');
  });
  it('turns office XML into text', () => {
    expect(xmlText('<w:p><w:r><w:t>A &amp; B</w:t></w:r></w:p><w:p><w:t>C&#65;</w:t></w:p>')).toBe('A & B\nCA\n');
  });
});
