/**
 * Information requests and objections written as setup code (not through a route): every required
 * field, a unique registration number, and the answer's deadline from the agency's working-time clock.
 */
import { answerDeadline, deadline, OBJECTION_ANSWER_WORKING_DAYS } from '../../plugins/ppid/server/src/requests/deadlines';

let serial = 0;
const P = 'plugin::ppid.';
const clockOf = (strapi: any) => strapi.plugin('ppid').service('workflow-clock').clock();

export function requestData(strapi: any, over: Record<string, unknown> & { unit: string; receivedAt?: string }) {
  serial += 1;
  const receivedAt = new Date(over.receivedAt ?? new Date().toISOString());
  const due = answerDeadline(clockOf(strapi), receivedAt, 0);
  const year = receivedAt.getUTCFullYear();
  return {
    registrationNumber: `REQ-${year}-${String(serial).padStart(5, '0')}-T${String(process.pid % 1000).padStart(3, '0')}`.slice(0, 40),
    year,
    sequence: serial,
    channel: 'walk_in',
    requesterKind: 'person',
    requesterName: `Warga Pemohon ${serial}`,
    identityKind: 'ktp',
    identityNumber: `61710${String(serial).padStart(11, '0')}`,
    address: 'Jl. Ahmad Yani No. 1, Pontianak',
    phone: '081234567890',
    email: `pemohon${serial}@contoh.id`,
    informationRequested: 'Salinan laporan realisasi anggaran tahun lalu.',
    purpose: 'Penelitian.',
    informationForm: 'copy_soft',
    deliveryMethod: 'email',
    dueOn: due.dueOn,
    dueAt: due.dueAt.toISOString(),
    ...over,
    receivedAt: receivedAt.toISOString(),
  };
}

export async function createRequest(strapi: any, over: Record<string, unknown> & { unit: string; receivedAt?: string }) {
  return strapi.documents(`${P}info-request`).create({ data: requestData(strapi, over) });
}

export async function createObjection(strapi: any, over: Record<string, unknown> & { unit: string; request: string; filedAt?: string }) {
  serial += 1;
  const filedAt = new Date(over.filedAt ?? new Date().toISOString());
  const due = deadline(clockOf(strapi), filedAt, OBJECTION_ANSWER_WORKING_DAYS);
  const year = filedAt.getUTCFullYear();
  return strapi.documents(`${P}objection`).create({
    data: {
      registrationNumber: `KEB-${year}-${String(serial).padStart(5, '0')}-T${String(process.pid % 1000).padStart(3, '0')}`,
      year,
      sequence: serial,
      channel: 'walk_in',
      grounds: ['c'],
      reasons: 'Permohonan tidak ditanggapi.',
      dueOn: due.dueOn,
      dueAt: due.dueAt.toISOString(),
      ...over,
      filedAt: filedAt.toISOString(),
    },
  });
}
