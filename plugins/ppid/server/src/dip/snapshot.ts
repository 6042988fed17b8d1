import { createHash } from 'crypto';

/** Canonical JSON: keys sorted at every level, so that equal content hashes equally. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value instanceof Date ? value.toISOString() : value);
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

const CLASS_ORDER = ['berkala', 'serta_merta', 'setiap_saat', 'dikecualikan'];

/**
 * The frozen content of an enacted DIP edition: its entries grouped by class in the order the
 * printed register uses, each group sorted by number.
 */
export function buildSnapshot<T extends { class: string; number: string }>(
  edition: { year: number; decreeNumber: string; signerName: string; signerTitle?: string | null; signedAt: string },
  entries: T[]
) {
  const sorted = [...entries].sort(
    (a, b) =>
      CLASS_ORDER.indexOf(a.class) - CLASS_ORDER.indexOf(b.class) ||
      a.number.localeCompare(b.number, 'id', { numeric: true })
  );
  const snapshot = {
    year: edition.year,
    decreeNumber: edition.decreeNumber,
    signer: { name: edition.signerName, title: edition.signerTitle ?? null },
    signedAt: edition.signedAt,
    groups: CLASS_ORDER.map((cls) => ({ class: cls, entries: sorted.filter((e) => e.class === cls) })).filter(
      (g) => g.entries.length > 0
    ),
  };
  return { snapshot, hash: sha256(canonicalJson(snapshot)), entryCount: sorted.length };
}
