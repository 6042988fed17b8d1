/**
 * The personal-data detector: finds identity numbers, contact details, bank accounts, passports
 * and home addresses in the text of Indonesian government content. Pure: text in, findings out.
 *
 * Each finding has its kind, the span (UTF-16 offsets into the text), a masked preview (the value
 * itself is never repeated), a confidence, and a key (a hash of kind and normalised value) by which
 * a reviewer's clearance and the agency's allow-list recognise the same value anywhere.
 */
import { createHash } from 'crypto';
import { isKk, isNik } from './identity-numbers';

export const PERSONAL_DATA_KINDS = ['nik', 'kk', 'npwp', 'phone', 'email', 'bank_account', 'passport', 'address'] as const;
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export type TextFinding = {
  kind: PersonalDataKind;
  start: number;
  end: number;
  masked: string;
  confidence: number;
  key: string;
  /** The normalised value: kept server-side (allow-list, redaction), never sent to a client. */
  value: string;
};

/** Values an agency publishes on purpose (its officials' office contacts), normalised. */
export type AllowList = ReadonlySet<string>;

/** Digits only for numbers (a leading 62 for phones becomes 0), lower case for e-mail addresses. */
export function normalise(kind: PersonalDataKind | 'any', raw: string): string {
  if (kind === 'email' || (kind === 'any' && raw.includes('@'))) return raw.trim().toLowerCase();
  if (kind === 'address') return raw.replace(/\s+/g, ' ').trim().toLowerCase();
  const digits = raw.replace(/[^0-9A-Za-z]/g, '').toUpperCase();
  if ((kind === 'phone' || kind === 'any') && /^628\d{7,12}$/.test(digits)) return `0${digits.slice(2)}`;
  return digits;
}

export const findingKey = (kind: PersonalDataKind, value: string) => createHash('sha256').update(`${kind}:${value}`).digest('hex').slice(0, 24);

/** A masked preview: the first and last characters, the rest hidden. */
export function mask(kind: PersonalDataKind, raw: string): string {
  if (kind === 'email') {
    const [local, domain = ''] = raw.split('@');
    return `${local.slice(0, 1)}${'*'.repeat(Math.max(3, local.length - 1))}@${domain}`;
  }
  if (kind === 'address') {
    const words = raw.trim().split(/\s+/);
    return `${words.slice(0, 2).join(' ')} ${'*'.repeat(6)}`;
  }
  const chars = [...raw];
  const keepStart = kind === 'phone' ? 4 : 2;
  let seen = 0;
  const total = chars.filter((c) => /[0-9A-Za-z]/.test(c)).length;
  return chars
    .map((c) => {
      if (!/[0-9A-Za-z]/.test(c)) return c;
      seen += 1;
      return seen <= keepStart || seen > total - 2 ? c : '*';
    })
    .join('');
}

const BANKS =
  /\b(?:bank\s+[a-z]+|bri|bni|btn|bca|bsi|bpd|mandiri|cimb(?:\s+niaga)?|danamon|permata|maybank|ocbc(?:\s+nisp)?|panin|mega|muamalat|btpn|jenius|bjb|jatim|jateng|kalbar|kaltim|kalsel|sumut|nagari|dki|papua|sulselbar|ntb|ntt|bank\s+syariah\s+indonesia)\b/i;
const ACCOUNT_WORDS = /\b(?:rekening|rek\.?|no\.?\s*rek|nomor\s+rekening|account|a\/n|atas\s+nama)\b/i;
const NIK_WORDS = /\b(?:nik|ktp|e-?ktp|nomor\s+induk\s+kependudukan|no\.?\s*identitas|nomor\s+identitas)\b/i;
const KK_WORDS = /\b(?:kk|kartu\s+keluarga|no\.?\s*kk|nomor\s+kk)\b/i;
const NPWP_WORDS = /\bnpwp\b/i;
const PASSPORT_WORDS = /\b(?:paspor|passport|no\.?\s*paspor)\b/i;
const PERSON_CUES =
  /(?:\bsdr\.?|\bsaudara\b|\bsaudari\b|\bbapak\b|\bibu\b|\bbpk\.?|\ba\.?\s?n\.|\batas\s+nama\b|\bnama\s*:|\bberalamat\b|\bbertempat\s+tinggal\b|\balamat\s+rumah\b|\bdomisili\b|\bwarga\b|\bpemohon\b|\bpelapor\b|\btinggal\s+di\b|\balamat\s*:)/i;
const OFFICE_CUES = /(?:\bkantor\b|\bdinas\b|\bgedung\b|\bsekretariat\b|\bbalai\b|\baula\b|\bhotel\b|\bbadan\b|\bkecamatan\b|\bkelurahan\b|\bbertempat\s+di\b|\blokasi\b|\bmasjid\b|\bsekolah\b|\bpuskesmas\b|\brumah\s+sakit\b|\blapangan\b|\bstadion\b|\bgor\b|\bpendopo\b|\bruang\b)/i;
const ROLE_MAILBOXES = /^(?:ppid|info|informasi|humas|admin|layanan|pengaduan|sekretariat|setda|kominfo|diskominfo|redaksi|webmaster|halo|kontak|contact|helpdesk|office|kantor|persuratan|tu|umum|dinas|bidang|pelayanan|cs|support|lpse|ulp|bkd|bapenda|dukcapil|disdukcapil|dinsos)[a-z0-9-]*$/;

/** An account column: "No. Rekening", "Rekening Bank"; not a budget account code ("Kode Rekening"). */
const ACCOUNT_TITLE = /^(?!.*\bkode\b).*\b(?:rekening|rek\.?|account)\b/i;
const PHONE_TITLE = /\b(?:hp|telepon|telp\.?|tlp|wa|whatsapp|ponsel|phone|handphone|seluler)\b/i;
const AMOUNT_TITLE = /\b(?:rp|jumlah|nilai|pagu|realisasi|anggaran|besaran|total|harga|biaya|saldo|nominal)\b/i;

const NUMBER = /(\+?)(\d[\d .\-/]{6,26}\d)/g;
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const PASSPORT = /\b([A-Z]{1,2}) ?(\d{6,7})\b/g;
const ADDRESS = /\b(?:Jl\.?|Jln\.?|Jalan|Gg\.?|Gang|Komplek|Komp\.?|Perum(?:ahan)?)\s+[A-Z0-9][^\n\t,;:()]{1,80}(?:\s*,\s*RT\.?\s*\d{1,3}\s*\/\s*RW\.?\s*\d{1,3})?/g;

const before = (text: string, index: number, width: number) => text.slice(Math.max(0, index - width), index);

/**
 * Column titles of tab-separated tables (what extract() makes of PDF, Word, spreadsheet and CSV
 * tables): a value in a table row is read with its column's title ("No. KK", "NPWP", "No.
 * Paspor", "Alamat") before it, as if it were written "No. KK: 6171...". A table is a run of lines
 * with tabs; its first line is its title row when it holds words and no long number.
 */
class Columns {
  private starts: number[] | null = null;
  private titles: (string[] | null)[] = [];
  private readonly tabular: boolean;
  constructor(private readonly text: string) {
    this.tabular = text.includes('\t');
  }

  private index() {
    const starts = [0];
    for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
    let current: string[] | null = null;
    let last: string[] | null = null;
    let inTable = false;
    for (let l = 0; l < starts.length; l += 1) {
      const line = this.text.slice(starts[l], (starts[l + 1] ?? this.text.length + 1) - 1);
      if (!line.includes('\t')) {
        inTable = false;
        current = null;
      } else if (!inTable) {
        inTable = true;
        const cells = line.split('\t').map((c) => c.trim());
        if (!/\d{5}/.test(line) && cells.filter((c) => /[A-Za-z]{2}/.test(c)).length >= 2) {
          current = last = cells;
          this.titles[l] = null;
          continue;
        }
        // A table that goes on after a page break or a blank row without its title row keeps the
        // titles of the table before it when it has as many cells.
        current = last && last.length === cells.length ? last : null;
      }
      this.titles[l] = current;
    }
    this.starts = starts;
  }

  /** "Title: " of the column `index` lies in, or ''. */
  titleAt(index: number): string {
    if (!this.tabular) return '';
    if (!this.starts) this.index();
    const starts = this.starts!;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    const titles = this.titles[lo];
    if (!titles) return '';
    let cell = 0;
    for (let i = this.text.indexOf('\t', starts[lo]); i >= 0 && i < index; i = this.text.indexOf('\t', i + 1)) cell += 1;
    return titles[cell] ? `${titles[cell]}: ` : '';
  }
}

/** The words before `index` within its own sentence (a number's label does not cross a full stop). */
function sentenceBefore(text: string, index: number, width: number): string {
  const ctx = before(text, index, width);
  const cut = [...ctx.matchAll(/[.!?;]\s+(?=[A-Z][a-z])|\n/g)].pop();
  return cut ? ctx.slice(cut.index! + cut[0].length) : ctx;
}

/** One candidate number: what it is, if anything personal. */
function classifyNumber(text: string, start: number, raw: string, plus: boolean, columns: Columns): { kind: PersonalDataKind; confidence: number } | null {
  const digits = raw.replace(/\D/g, '');
  const title = columns.titleAt(start);
  const ctx = title + sentenceBefore(text, start, 48);
  const separated = /[ .\-/]/.test(raw);
  // A date range, a decree number (188.4/123/2024) or an amount is not an identity number.
  if (/\//.test(raw) && !/^\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}$/.test(raw)) return null;
  // Under an account column's title, an account number that happens to look like a mobile number is an account.
  if (ACCOUNT_TITLE.test(title) && !PHONE_TITLE.test(title) && digits.length >= 8 && digits.length <= 18 && !plus) return { kind: 'bank_account', confidence: 0.9 };
  if ((plus || digits.startsWith('62')) && /^628\d{7,12}$/.test(digits)) return { kind: 'phone', confidence: 0.96 };
  if (/^08[1-9]\d{7,10}$/.test(digits) && (!separated || /^08[1-9]\d{1,2}[ .-]?\d{3,4}[ .-]?\d{3,5}$/.test(raw))) return { kind: 'phone', confidence: 0.95 };
  if (/^\d{2}\.\d{3}\.\d{3}\.\d-\d{3}\.\d{3}$/.test(raw)) return { kind: 'npwp', confidence: 0.97 };
  if (digits.length === 15 && NPWP_WORDS.test(ctx)) return { kind: 'npwp', confidence: 0.9 };
  if (digits.length === 16) {
    if (NPWP_WORDS.test(ctx) && isNik(digits)) return { kind: 'npwp', confidence: 0.93 };
    if (KK_WORDS.test(ctx) && isKk(digits)) return { kind: 'kk', confidence: 0.95 };
    if (isNik(digits)) return { kind: 'nik', confidence: NIK_WORDS.test(ctx) ? 0.98 : 0.9 };
    if (NIK_WORDS.test(ctx)) return { kind: 'nik', confidence: 0.7 };
    if (KK_WORDS.test(ctx)) return { kind: 'kk', confidence: 0.7 };
  }
  // An amount column (Pagu, Jumlah (Rp)...) holds money, whatever bank the row names.
  if (AMOUNT_TITLE.test(title)) return null;
  if (digits.length >= 8 && digits.length <= 18 && BANKS.test(ctx) && (ACCOUNT_WORDS.test(ctx) || !separated || /^[\d-]+$/.test(raw))) {
    return { kind: 'bank_account', confidence: ACCOUNT_WORDS.test(ctx) ? 0.93 : 0.85 };
  }
  if (digits.length >= 8 && digits.length <= 18 && /\b(?:no\.?\s*rek(?:ening)?|nomor\s+rekening)\b/i.test(ctx)) return { kind: 'bank_account', confidence: 0.85 };
  return null;
}

function isOfficeMailbox(address: string): boolean {
  const [local, domain = ''] = address.toLowerCase().split('@');
  if (!/\.(?:go\.id|gov|mil\.id|desa\.id)$/.test(domain)) return false;
  return ROLE_MAILBOXES.test(local) || !/[._]/.test(local);
}

type Raw = { kind: PersonalDataKind; start: number; end: number; raw: string; confidence: number };

function candidates(text: string): Raw[] {
  const out: Raw[] = [];
  const columns = new Columns(text);
  for (const m of text.matchAll(NUMBER)) {
    let raw = m[2];
    // Trailing separators belong to the sentence, not the number.
    raw = raw.replace(/[ .\-/]+$/, '');
    const start = m.index! + m[1].length;
    const prev = text[start - 1] ?? '';
    if (/[A-Za-z0-9]/.test(prev)) continue;
    const found = classifyNumber(text, start, raw, m[1] === '+', columns);
    if (found) {
      const s = m[1] === '+' ? m.index! : start;
      out.push({ ...found, start: s, end: start + raw.length, raw: text.slice(s, start + raw.length) });
    }
  }
  for (const m of text.matchAll(EMAIL)) {
    if (isOfficeMailbox(m[0])) continue;
    const personalDomain = /@(?:gmail|yahoo|ymail|hotmail|outlook|live|icloud|proton(?:mail)?|aol)\./i.test(m[0]);
    out.push({ kind: 'email', start: m.index!, end: m.index! + m[0].length, raw: m[0], confidence: personalDomain ? 0.97 : 0.85 });
  }
  for (const m of text.matchAll(PASSPORT)) {
    if (!PASSPORT_WORDS.test(columns.titleAt(m.index!) + before(text, m.index!, 40))) continue;
    out.push({ kind: 'passport', start: m.index!, end: m.index! + m[0].length, raw: m[0], confidence: 0.95 });
  }
  for (const m of text.matchAll(ADDRESS)) {
    const found = m[0].replace(/[\s.]+$/, '');
    const ctx = columns.titleAt(m.index!) + before(text, m.index!, 140);
    const near = before(text, m.index!, 45);
    if (!PERSON_CUES.test(ctx) || (OFFICE_CUES.test(near) && !/\b(?:beralamat|tinggal|domisili|alamat\s+rumah)\b/i.test(near))) continue;
    const home = /\bRT\.?\s*\d/i.test(found);
    out.push({ kind: 'address', start: m.index!, end: m.index! + found.length, raw: found, confidence: home ? 0.92 : 0.78 });
  }
  return out;
}

/** Personal data in `text`, without what the allow-list names; overlapping finds keep the surest. */
export function detect(text: string, allow: AllowList = new Set()): TextFinding[] {
  const raw = candidates(text).sort((a, b) => b.confidence - a.confidence || a.start - b.start);
  const taken: Raw[] = [];
  for (const c of raw) {
    if (taken.some((t) => c.start < t.end && t.start < c.end)) continue;
    taken.push(c);
  }
  return taken
    .map((c) => {
      const value = normalise(c.kind, c.raw);
      return { kind: c.kind, start: c.start, end: c.end, masked: mask(c.kind, c.raw), confidence: c.confidence, key: findingKey(c.kind, value), value };
    })
    .filter((f) => !allow.has(f.value))
    .sort((a, b) => a.start - b.start);
}

/** Parses an agency's allow-list text (one phone number or e-mail address per line or comma). */
export function parseAllowList(...texts: (string | null | undefined)[]): Set<string> {
  const out = new Set<string>();
  for (const text of texts) {
    for (const item of (text ?? '').split(/[\n,;]+/)) {
      const v = item.trim();
      if (!v) continue;
      out.add(normalise('any', v));
    }
  }
  return out;
}

/** `text` with every span replaced by its masked preview (spans must come from `detect(text)`). */
export function redact(text: string, spans: Pick<TextFinding, 'start' | 'end' | 'masked'>[]): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    if (s.start < at) continue;
    out += text.slice(at, s.start) + s.masked;
    at = s.end;
  }
  return out + text.slice(at);
}
