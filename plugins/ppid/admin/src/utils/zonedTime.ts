/**
 * Wall-clock times in the agency's zone for `<input type="datetime-local">` (no date library in the
 * admin bundle): the browser's own zone never enters.
 */

const partsIn = (instant: Date, zone: string) => {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
};

/** How far `zone` is ahead of UTC at `instant`, in milliseconds. */
const offsetAt = (instant: Date, zone: string) => {
  const p = partsIn(instant, zone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant.getTime() / 1000) * 1000;
};

/** `2026-12-05T14:30` (the zone's wall clock) for an instant. */
export function toZonedInput(instant: Date, zone: string): string {
  const p = partsIn(instant, zone);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${p.year}-${two(p.month)}-${two(p.day)}T${two(p.hour)}:${two(p.minute)}`;
}

/** The instant (ISO, UTC) of a `YYYY-MM-DDTHH:mm` wall-clock time in `zone`; null when it is not one. */
export function fromZonedInput(value: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  if (Number.isNaN(asUtc) || new Date(asUtc).getUTCDate() !== day) return null;
  // Two passes settle the offset around a zone's clock change.
  let instant = asUtc - offsetAt(new Date(asUtc), zone);
  instant = asUtc - offsetAt(new Date(instant), zone);
  return new Date(instant).toISOString();
}
