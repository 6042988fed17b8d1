import JSZip from 'jszip';
import { csvText, extract, sharedStrings, sheetText, xmlText } from '../src/privacy/extract';
import { stopPdfWorker } from '../src/privacy/pdf-worker';
import { fileFindings } from '../src/privacy/findings';
import { docxWith, jpegWithExif, pdfWith, pdfWithTable } from '../../../../tests/helpers/privacy-files';

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
  it('reads a PDF table one row a line, cells apart by tabs, and keeps a justified paragraph in spaces', async () => {
    // The first line is stretched wide (the next word is long): its blanks stay spaces.
    const paragraph =
      'Permohonan yang diterima pada triwulan ini sebanyak 1.234 permohonan, dengan rata-rata waktu penyelesaian 6,4 hari kerja sejak registrasi; hubungi 0812 3456 7890 untuk penjadwalan ulang.';
    const out = await extract(await pdfWithTable(paragraph, [['No', 'Nama', 'No. KK', 'Keterangan'], ['1', 'Siti Aminah', '6171052301150003', 'Lulus']], [30, 140, 120, 100]), { name: 't.pdf' });
    const text = (out as any).text as string;
    expect(text).toContain('No\tNama\tNo. KK\tKeterangan\n1\tSiti Aminah\t6171052301150003\tLulus');
    expect(text).toContain('hubungi 0812 3456 7890');
    expect(text.split('No\tNama')[0]).not.toContain('\t');
  });
  it('reads spreadsheet rows with their shared strings, cells by column', async () => {
    expect(sharedStrings('<sst><si><t>No. KK</t></si><si><r><t>Siti </t></r><r><t>Aminah</t></r><rPh><t>x</t></rPh></si><si><t>6171052301150003</t></si></sst>')).toEqual(['No. KK', 'Siti Aminah', '6171052301150003']);
    const sheet =
      '<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="C1" t="inlineStr"><is><t>Nilai &amp; Rp</t></is></c></row><row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" s="1"/><c r="C2"><v>600000</v></c></row></sheetData></worksheet>';
    expect(sheetText(sheet, ['No. KK', 'Siti Aminah', '6171052301150003'])).toBe('No. KK\t\tNilai & Rp\n6171052301150003\t\t600000\n');
    const zip = new JSZip();
    zip.file('xl/sharedStrings.xml', '<sst><si><t>NIK</t></si><si><t>6171054509870002</t></si></sst>');
    zip.file('xl/worksheets/sheet1.xml', '<worksheet><sheetData><row r="1"><c r="B1" t="s"><v>0</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>1</v></c></row></sheetData></worksheet>');
    expect(await extract(await zip.generateAsync({ type: 'nodebuffer' }), { name: 'a.xlsx' })).toEqual({ kind: 'text', text: '\tNIK\n1\t6171054509870002\n\n' });
  });
  it('reads Word and OpenDocument tables one row a line', () => {
    const docx =
      '<w:tbl><w:tr><w:tc><w:tcPr/><w:p><w:r><w:t>Nama</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>No.</w:t></w:r><w:r><w:br/><w:t>HP</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>Siti</w:t></w:r></w:p><w:p><w:r><w:t>Aminah</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>0812 3456 7890</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p><w:r><w:t>Baris</w:t><w:br/><w:t>baru</w:t></w:r></w:p>';
    expect(xmlText(docx)).toBe('Nama\tNo. HP\nSiti Aminah\t0812 3456 7890\nBaris\nbaru\n');
    const odt =
      '<table:table><table:table-row><table:table-cell><text:p>NIK</text:p></table:table-cell><table:table-cell/><table:table-cell><text:p>KK</text:p></table:table-cell></table:table-row></table:table>';
    expect(xmlText(odt)).toBe('NIK\t\tKK\n');
  });
  it('reads CSV records with tabs between cells, whatever the delimiter', async () => {
    expect(csvText('No;Nama;Alamat\r\n1;"Siti; Aminah";"Jl. Merdeka No. 5, RT 001"\r\n')).toBe('No\tNama\tAlamat\n1\tSiti; Aminah\tJl. Merdeka No. 5, RT 001\n');
    expect(csvText('a,b\n1,2\n')).toBe('a\tb\n1\t2\n');
    expect(csvText('satu baris tanpa pemisah\n')).toBe('satu baris tanpa pemisah\n');
    expect(await extract(Buffer.from('\uFEFFNIK,Nama\n6171054509870002,Siti\n'), { name: 'a.csv' })).toEqual({ kind: 'text', text: 'NIK\tNama\n6171054509870002\tSiti\n' });
  });
  it('turns office XML into text', () => {
    expect(xmlText('<w:p><w:r><w:t>A &amp; B</w:t></w:r></w:p><w:p><w:t>C&#65;</w:t></w:p>')).toBe('A & B\nCA\n');
  });
});
