/**
 * Who serves the information service (issue 14): the holders, today, of a service position in the
 * PPID's unit (the request's `unit`): the PPID Utama and the Ketua PPID (disposisi, signature), the
 * PPID Pelaksana and PPID Pembantu (the desk), and the head of agency (the Atasan PPID, who decides
 * objections); and super admins. Only they read a requester's identity and contact data.
 *
 * Pure: the caller passes the positions the person holds in the unit (organisation data, acting
 * holders included) and whether they are a super admin.
 */
import type { Position } from '../domain/constants';
import type { Text } from '../workflow/rules';

export const SERVICE_POSITIONS = ['ppid_utama', 'ketua_ppid', 'ppid_pelaksana', 'ppid_pembantu', 'kepala'] as const satisfies readonly Position[];
export type ServicePosition = (typeof SERVICE_POSITIONS)[number];

export interface ServiceRole {
  superAdmin: boolean;
  /** The service positions the person holds today in the request's unit. */
  positions: ServicePosition[];
}

export type HandlerVerdict = { ok: true } | { ok: false; status: 403; reason: Text };

export const NOT_A_HANDLER: Text = {
  id: 'Permohonan informasi dan keberatan hanya dapat dibuka oleh PPID (PPID Utama, Ketua PPID, PPID Pelaksana, PPID Pembantu) dan Atasan PPID di unit PPID.',
  en: 'Information requests and objections are for the PPID (main PPID, PPID chair, PPID officers) and the Atasan PPID of the PPID unit.',
};

export function mayHandle(who: ServiceRole): HandlerVerdict {
  return who.superAdmin || who.positions.length ? { ok: true } : { ok: false, status: 403, reason: NOT_A_HANDLER };
}

/** The Atasan PPID (the head) decides objections; super admins may act for testing and set-up only through the engine's own rules. */
export const isAtasanPpid = (who: ServiceRole) => who.positions.includes('kepala');
