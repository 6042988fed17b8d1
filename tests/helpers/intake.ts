/**
 * Filing an information request as a citizen does, on the public form (a fresh form token, the KTP
 * scan attached), and what filing creates, to prove that a refused filing created nothing.
 */
import type { Booted } from './strapi';
import { storedFiles } from './private-files';

const P = 'plugin::ppid.';

/** A 1x1 PNG: the smallest identity-document scan the form takes. */
export const PNG_1x1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

export type Scan = { buffer: Buffer; filename: string; contentType: string };
export const KTP_SCAN: Scan = { buffer: PNG_1x1, filename: 'ktp.png', contentType: 'image/png' };

/** What Siti Aminah writes on the public request form. */
export const citizenFields = {
  requesterName: 'Siti Aminah',
  identityKind: 'ktp',
  identityNumber: '6101011234567890',
  address: 'Jl. Merdeka 1, Putussibau',
  phone: '081234567890',
  email: 'siti@contoh.id',
  informationRequested: 'Salinan laporan realisasi anggaran 2025.',
  purpose: 'Penelitian skripsi.',
  informationForm: 'copy_soft',
  deliveryMethod: 'email',
};

/** Files a request on the public form with a fresh form token and the scan attached; the answer must be a 201. */
export async function fileOnForm(app: Booted, fields: Record<string, unknown>, scan: Scan = KTP_SCAN) {
  const form = await app.http().get('/api/ppid/requests/form');
  const res = await app
    .http()
    .post('/api/ppid/requests')
    .field('data', JSON.stringify({ ...fields, formToken: form.body.data.token, website: '' }))
    .attach('files.identityDocument', scan.buffer, { filename: scan.filename, contentType: scan.contentType });
  expect(res.status).toBe(201);
  return res;
}

/** How many requests, objections, uploads, workflow instances and privately stored files there are. */
export const intakeCounts = async (app: Booted) => ({
  requests: await app.strapi.db.query(`${P}info-request`).count(),
  objections: await app.strapi.db.query(`${P}objection`).count(),
  files: await app.strapi.db.query('plugin::upload.file').count(),
  instances: await app.strapi.db.query(`${P}workflow-instance`).count(),
  stored: storedFiles(app.strapi).length,
});
