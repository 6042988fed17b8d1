/**
 * The information service's desk: who holds it, and information requests and objections written as
 * setup code (not through a route): every required field, a unique registration number, and the
 * answer's deadline from the agency's working-time clock.
 */
import { answerDeadline, deadline, OBJECTION_ANSWER_WORKING_DAYS } from '../../plugins/ppid/server/src/requests/deadlines';
import type { Holding } from './workflow';

/** The service's holders in the agency, for `holders`: the PPID Pelaksana (the desk), the PPID Utama, the head (the Atasan PPID). */
export const serviceDesk = (units: { agency: { documentId: string } }) =>
  ({
    pelaksana: ['PPID Pelaksana', 'ppid_pelaksana', units.agency],
    utama: ['PPID Utama', 'ppid_utama', units.agency],
    kepala: ['Kepala Dinas', 'kepala', units.agency],
  }) satisfies Record<string, Holding>;

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

/**
 * Information requests written straight into their table (db.query: no document-service hooks, no
 * workflow instance), in the state and at the date a suite needs. `ids` maps each key to its
 * documentId (`prefix` and a serial, 24 characters). Received on Monday 10 August 2026, 09:00 WIB,
 * unless told; the register year and number follow the date received.
 */
export function requestRows(prefix: string) {
  let seq = 0;
  const ids: Record<string, string> = {};
  async function insert(strapi: any, key: string, over: Record<string, unknown> & { unit: number }) {
    seq += 1;
    const documentId = `${prefix}${String(seq).padStart(24 - prefix.length, '0')}`;
    const receivedAt = new Date((over.receivedAt as string | Date | undefined) ?? '2026-08-10T09:00:00+07:00');
    await strapi.db.query(`${P}info-request`).create({
      data: {
        documentId,
        registrationNumber: `REQ-${receivedAt.getUTCFullYear()}-${String(seq).padStart(5, '0')}-K7QH`,
        year: receivedAt.getUTCFullYear(),
        sequence: seq,
        channel: 'website',
        requesterKind: 'person',
        requesterName: `Pemohon ${key}`,
        identityKind: 'ktp',
        identityNumber: '6106010101800001',
        address: 'Jl. Merdeka 1, Putussibau',
        phone: '081234567890',
        email: 'pemohon@example.id',
        informationRequested: `Informasi ${key}`,
        purpose: 'Penelitian',
        informationForm: 'copy_soft',
        deliveryMethod: 'email',
        state: 'assigned',
        extensionDays: 0,
        ...over,
        receivedAt,
      },
    });
    ids[key] = documentId;
    return documentId;
  }
  return { ids, insert };
}
