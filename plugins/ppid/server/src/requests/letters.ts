/**
 * The information service's letters (UU 14/2008, Perki 1/2021), as PDF on the agency's letterhead:
 * what the request letters (request-letters.ts: the receipt, the written notice, the extension
 * notice, the refusal decision, the incomplete notice) and the objection letters
 * (objection-letters.ts: the receipt, the Atasan PPID's decision) share: the letter model, the words
 * for the request's choices, and `letterPdf`, which draws a model.
 *
 * Pure: the letter builders turn plain facts (already formatted dates, names) into a letter model, or
 * say why the letter does not apply yet; `letterPdf` draws a model. No Strapi.
 */
import type { Writable } from 'stream';
import { createPdf, finish, header, heading, keyValues, paragraph, signature, type Signature } from '../documents/pdf';
import type { DeliveryMethod, InformationForm, RequestChannel } from '../../../shared/requests';

export type Text = { id: string; en: string };

export const FORM_LABELS: Record<InformationForm, string> = {
  see: 'Melihat/membaca/mendengarkan/mencatat',
  copy_soft: 'Mendapatkan salinan informasi (softcopy)',
  copy_hard: 'Mendapatkan salinan informasi (hardcopy)',
};
export const DELIVERY_LABELS: Record<DeliveryMethod, string> = { in_person: 'Mengambil langsung', post: 'Kurir/pos', email: 'Surat elektronik (e-mail)', fax: 'Faksimili' };
export const CHANNEL_LABELS: Record<RequestChannel, string> = { website: 'Situs web', walk_in: 'Datang langsung', letter: 'Surat', email: 'Surat elektronik' };

/** The agency's letterhead. */
export interface Letterhead {
  name?: string | null;
  address?: string | null;
}

/** Who signs: the position line, name and NIP (the date and place are the letter's). */
export interface Signer {
  position: string;
  name: string | null;
  nip?: string | null;
  /** e.g. "Ditandatangani secara elektronik 05/12/2026 10:00". */
  note?: string | null;
}

export interface LetterModel {
  agency: Letterhead | null;
  title: string;
  /** "Nomor: ..." line under the title. */
  number?: string | null;
  intro?: string | null;
  fields: Array<[string, string | number | null | undefined]>;
  sections: Array<{ heading: string; text: string }>;
  closing?: string | null;
  place?: string | null;
  date: string;
  signer: Signer | null;
  fileName: string;
}

export type LetterResult = { ok: true; letter: LetterModel } | { ok: false; reason: Text };

/** What every letter is written with: the letterhead, the place, who signs, and the date of a letter with none of its own. */
export interface LetterContext {
  agency: Letterhead | null;
  place?: string | null;
  signer: Signer | null;
  today: string;
}

/** The parts of a letter its context gives. */
export const letterBase = (ctx: LetterContext) => ({ agency: ctx.agency, place: ctx.place ?? null, signer: ctx.signer });

/** A letter that applies. */
export const applies = (letter: LetterModel): LetterResult => ({ ok: true, letter });
/** A letter that does not apply yet, and why. */
export const notYet = (reason: Text): LetterResult => ({ ok: false, reason });
/** The file name of a letter: `<stem>-<number>.pdf`, every other character run as one dash. */
export const letterFile = (stem: string, number: string) => `${stem}-${number}.pdf`.replace(/[^A-Za-z0-9.-]+/g, '-');

/** Draws a letter on the agency's letterhead. */
export async function letterPdf(l: LetterModel, out: Writable): Promise<void> {
  const doc = createPdf(out, { title: l.title, author: l.agency?.name ?? '' });
  header(doc, { agencyName: l.agency?.name, address: l.agency?.address, title: l.title, subtitle: l.number ? `Nomor: ${l.number}` : null });
  if (l.intro) {
    paragraph(doc, l.intro);
    doc.pdf.moveDown(0.5);
  }
  keyValues(doc, l.fields, { labelWidth: 170 });
  for (const s of l.sections) {
    doc.pdf.moveDown(0.5);
    heading(doc, s.heading, 30);
    paragraph(doc, s.text);
  }
  if (l.closing) {
    doc.pdf.moveDown(0.5);
    paragraph(doc, l.closing, { size: 9 });
  }
  if (l.signer) {
    const sig: Signature = { place: l.place, date: l.date, position: l.signer.position, name: l.signer.name ?? '(....................................)', nip: l.signer.nip, note: l.signer.note };
    signature(doc, sig);
  }
  await finish(doc);
}
