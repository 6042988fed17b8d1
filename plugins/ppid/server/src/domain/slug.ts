/**
 * The slug follows the title (issue 12 point 2). Strapi's Content Manager fills a required UID field
 * as soon as a new entry opens, before anything is typed: with an empty title it proposes the type's
 * name ("announcement", "announcement-1", ...) and never looks at the title again. A slug that is
 * still such a placeholder (or empty) is derived from the title when the entry is saved; a slug
 * someone chose is kept. Pure.
 */
export const SLUG_MAX_LENGTH = 120;

/** "Jadwal Layanan Informasi: Libur Natal & Tahun Baru" -> "jadwal-layanan-informasi-libur-natal-tahun-baru". */
export function slugify(text: string, maxLength = SLUG_MAX_LENGTH): string {
  const plain = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (plain.length <= maxLength) return plain;
  const cut = plain.slice(0, maxLength);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > maxLength / 2 ? cut.slice(0, lastDash) : cut).replace(/-+$/, '');
}

/** Is `slug` what the Content Manager proposes before a title exists ("announcement", "announcement-3") or empty? */
export function isPlaceholderSlug(slug: unknown, singularName: string): boolean {
  if (slug === undefined || slug === null || slug === '') return true;
  return typeof slug === 'string' && new RegExp(`^${singularName}(?:-\\d+)?$`).test(slug);
}

/** The slug to store instead of `slug`, or null to keep it: derived from the title while the slug is a placeholder. */
export function slugFromTitle(slug: unknown, title: unknown, singularName: string): string | null {
  if (!isPlaceholderSlug(slug, singularName) || typeof title !== 'string') return null;
  const derived = slugify(title);
  return derived && derived !== slug ? derived : null;
}

/** `base`, or `base-2`, `base-3`... : the first one not in `taken`, within the maximum length. */
export function uniqueSlug(base: string, taken: Set<string>, maxLength = SLUG_MAX_LENGTH): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const suffix = `-${n}`;
    const candidate = `${base.slice(0, maxLength - suffix.length).replace(/-+$/, '')}${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
