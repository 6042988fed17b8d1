/**
 * Wall-clock times in the agency's zone for the proof form's date and time fields (no date library in the
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

/*
 * The form's own date and time fields: "dd/mm/yyyy" and a 24-hour "HH:mm" on the agency's wall clock,
 * whatever the browser's language (a datetime-local input shows AM/PM and mm/dd/yyyy in en-US browsers).
 */

/** `{ date: '05/12/2026', time: '14:30' }` for the wall-clock value `2026-12-05T14:30`; blanks when it is not one. */
export function splitZonedInput(value: string): { date: string; time: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  return m ? { date: `${m[3]}/${m[2]}/${m[1]}`, time: `${m[4]}:${m[5]}` } : { date: '', time: '' };
}

/**
 * The wall-clock value (`YYYY-MM-DDTHH:mm`) of a typed date ("5/12/2026", "05-12-2026", "05.12.2026")
 * and a 24-hour time ("14:30", "14.30", "9:05"); '' when either is not one (the form then says so).
 */
export function joinZonedInput(date: string, time: string): string {
  const d = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(date);
  const t = /^\s*(\d{1,2})[:.](\d{2})\s*$/.exec(time);
  if (!d || !t) return '';
  const [day, month, year] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [hour, minute] = [Number(t[1]), Number(t[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return '';
  const two = (n: number) => String(n).padStart(2, '0');
  const value = `${year}-${two(month)}-${two(day)}T${two(hour)}:${two(minute)}`;
  // 31/02 is not a day: the UTC calendar says so.
  return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day ? value : '';
}

/** The zone's name as Indonesians write it ("WIB", "WITA", "WIT"); the IANA name when Intl has none. */
export function zoneAbbreviation(zone: string, at: Date = new Date()): string {
  try {
    return new Intl.DateTimeFormat('id-ID', { timeZone: zone, timeZoneName: 'short' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? zone;
  } catch {
    return zone;
  }
}
