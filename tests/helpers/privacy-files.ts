/** Files with personal data for the privacy tests and benchmark (made here, no real person's data). */
import JSZip from 'jszip';
import PDFDocument from 'pdfkit';

export async function pdfWith(pages: string[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  pages.forEach((text, i) => {
    if (i > 0) doc.addPage();
    doc.fontSize(11).text(text);
  });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

/** One page: a justified paragraph, then a table drawn cell by cell (as office suites export tables). */
export async function pdfWithTable(paragraph: string, rows: string[][], widths: number[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise((resolve) => doc.on('end', resolve));
  doc.fontSize(10).text(paragraph, { align: 'justify' });
  doc.moveDown();
  for (const row of rows) {
    const y = doc.y;
    let x = 50;
    row.forEach((cell, i) => {
      doc.text(cell, x, y, { width: widths[i] - 6, lineBreak: false });
      x += widths[i];
    });
    doc.x = 50;
    doc.y = y + 15;
  }
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

export async function docxWith(paragraphs: string[]): Promise<Buffer> {
  const zip = new JSZip();
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs
      .map((p) => `<w:p><w:r><w:t>${esc(p)}</w:t></w:r></w:p>`)
      .join('')}</w:body></w:document>`
  );
  return zip.generateAsync({ type: 'nodebuffer' });
}

/** A small JPEG carrying a GPS position, the owner's name and the camera's serial number. */
export async function jpegWithExif(): Promise<Buffer> {
  const sharp = (await import('sharp')).default;
  return sharp({ create: { width: 16, height: 16, channels: 3, background: '#7a9' } })
    .jpeg()
    .withExif({
      IFD0: { Artist: 'Pemilik Kamera Uji' },
      IFD2: { BodySerialNumber: 'SN-UJI-0001' },
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '0/1 2/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '109/1 20/1 0/1' },
    })
    .toBuffer();
}
