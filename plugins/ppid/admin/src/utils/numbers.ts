/** Numbers in the admin's locale (id-ID: "1.234", "66,7%"). Pure, tested without a browser. */

export function formatNumber(value: number, locale: string): string {
  try {
    return new Intl.NumberFormat(locale).format(value);
  } catch {
    return String(value);
  }
}

/** A percentage given as 0-100 with at most one decimal; "—" when there is none. */
export function formatPercent(value: number | null | undefined, locale: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  try {
    return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
  } catch {
    return `${value}%`;
  }
}
