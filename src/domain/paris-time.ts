/**
 * Instants as wall-clock time in Paris, the time Cadre's users live in: the one place that
 * knows the zone, for pages and messages (formatDate, formatDateTime), statistics' calendar
 * days (paris-calendar.ts) and exports (parisWallClock, ISO and French forms). Intl knows the
 * rules (and any future change to them) on Node and in Workers; the offset is cached per UTC
 * hour because formatting a million timestamps through Intl would dominate an export's CPU time.
 */

const ZONE = "Europe/Paris";
const DATE_TIME = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeStyle: "short", timeZone: ZONE });
const DATE = new Intl.DateTimeFormat("fr-FR", { dateStyle: "long", timeZone: ZONE });
const DAY_MONTH = new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "long", timeZone: ZONE });

/** "5 mars 2024 à 14:30": Intl's words for the day, the time from the cached offset (see dayText). */
export function formatDateTime(ms: number): string {
  if (!Number.isFinite(ms)) return DATE_TIME.format(new Date(ms));
  const local = Math.floor(ms / 60_000) * 60_000 + parisOffsetMs(ms);
  const minutes = Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / 60_000);
  return `${dayText(DATE, ms)} à ${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}
/** "5 mars 2024" */
export const formatDate = (ms: number): string => dayText(DATE, ms);
/** "5 mars" */
export const formatDayMonth = (ms: number): string => dayText(DAY_MONTH, ms);

// A page shows fifty rows of dates: Intl formats each Paris day once, the later ones are read
// back (Intl's formatting costs microseconds each, a queue page's rendering measured it).
const dayTexts = new Map<Intl.DateTimeFormat, Map<number, string>>();
function dayText(format: Intl.DateTimeFormat, ms: number): string {
  // Not an instant (NaN, Infinity): Intl says what it says of it, nothing to cache.
  if (!Number.isFinite(ms)) return format.format(new Date(ms));
  const localDay = Math.floor((ms + parisOffsetMs(ms)) / DAY_MS);
  let texts = dayTexts.get(format);
  if (!texts) dayTexts.set(format, (texts = new Map()));
  let text = texts.get(localDay);
  if (text === undefined) {
    text = format.format(new Date(ms));
    if (texts.size >= MAX_CACHED_HOURS) texts.clear();
    texts.set(localDay, text);
  }
  return text;
}

export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Minutes east of UTC: 60 in winter, 120 in summer. */
  readonly offsetMinutes: number;
}

const HOUR_MS = 3_600_000;
const parisParts = new Intl.DateTimeFormat("en-US", {
  timeZone: ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "numeric",
  day: "numeric",
  hour: "numeric",
  minute: "numeric",
  second: "numeric",
});

// Paris changes offset only on whole UTC hours, so one entry per hour is exact. Bounded so that an
// export spanning decades of hours cannot grow it without limit.
const offsetByHour = new Map<number, number>();
const MAX_CACHED_HOURS = 50_000;
// Rows often come sorted by date: the previous hour answers most lookups without the map.
let lastHour = Number.NaN;
let lastOffset = 0;

// And one entry per UTC day, for the days whose offset is the same at 00:00 and 23:00 UTC (all
// but the two change days a year: Paris changes at most once a day): an export's three dates per
// row jump between days, and a typed array read is cheaper than the map. Days 1970-01-01 to
// 2169 (292 KB); in minutes + a bias so that 0 means "not yet known", MIXED "look at the hour".
const DAY_MS = 24 * HOUR_MS;
const dayOffsets = new Int32Array(73_000);
const BIAS = 100_000;
const MIXED = -1;

/** How far Paris wall-clock time is ahead of UTC at this instant (one or two hours), in ms. */
export function parisOffsetMs(ms: number): number {
  const day = Math.floor(ms / DAY_MS);
  if (day >= 0 && day < dayOffsets.length) {
    let known = dayOffsets[day]!;
    if (known === 0) {
      const first = lookUpOffset(day * 24);
      known = first === lookUpOffset(day * 24 + 23) ? first / 60_000 + BIAS : MIXED;
      dayOffsets[day] = known;
    }
    if (known !== MIXED) return (known - BIAS) * 60_000;
  }
  const hour = Math.floor(ms / HOUR_MS);
  if (hour === lastHour) return lastOffset;
  lastHour = hour;
  lastOffset = lookUpOffset(hour);
  return lastOffset;
}

function lookUpOffset(hour: number): number {
  const cached = offsetByHour.get(hour);
  if (cached !== undefined) return cached;
  const field: Record<string, number> = {};
  for (const part of parisParts.formatToParts(hour * HOUR_MS)) field[part.type] = Number(part.value);
  const local = Date.UTC(field.year!, field.month! - 1, field.day!, field.hour!, field.minute!, field.second!);
  const offset = local - hour * HOUR_MS;
  if (offsetByHour.size >= MAX_CACHED_HOURS) offsetByHour.clear();
  offsetByHour.set(hour, offset);
  return offset;
}

/** The instant's date and time in Paris, to the second (milliseconds are dropped, not rounded). */
export function parisWallClock(instant: Date): WallClock {
  const ms = Math.floor(instant.getTime() / 1000) * 1000;
  const offset = parisOffsetMs(ms);
  const local = new Date(ms + offset);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    offsetMinutes: offset / 60_000,
  };
}

// The `YYYY-MM-DDT` of a Paris day (days since 1970, local), and the `+01:00` of an offset: an
// export formats three instants a row, over a few thousand distinct days.
const dayPrefixes = new Map<number, string>();
const offsetSuffixes = new Map<number, string>();

/**
 * isoDateTime(parisWallClock(instant)), the same text, without the Date and WallClock objects
 * in between: the CSV writer calls it three times a row, a million rows an export.
 */
export function parisIsoDateTime(instant: Date): string {
  const ms = Math.floor(instant.getTime() / 1000) * 1000;
  const offset = parisOffsetMs(ms);
  const local = ms + offset;
  const day = Math.floor(local / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    const at = new Date(day * DAY_MS);
    prefix = `${isoDate(calendarDay(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate()))}T`;
    if (dayPrefixes.size >= MAX_CACHED_HOURS) dayPrefixes.clear(); // the same bound, in days
    dayPrefixes.set(day, prefix);
  }
  let suffix = offsetSuffixes.get(offset);
  if (suffix === undefined) {
    suffix = isoDateTime({ ...calendarDay(1970, 1, 1), offsetMinutes: offset / 60_000 }).slice(
      "1970-01-01T00:00:00".length,
    );
    offsetSuffixes.set(offset, suffix);
  }
  const seconds = (local - day * DAY_MS) / 1000;
  const minutes = Math.floor(seconds / 60);
  return `${prefix}${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}:${pad2(seconds % 60)}${suffix}`;
}

/** A calendar day with no time of day (a "date" column read from a `YYYY-MM-DD` string). */
export function calendarDay(year: number, month: number, day: number): WallClock {
  return { year, month, day, hour: 0, minute: 0, second: 0, offsetMinutes: 0 };
}

const pad2 = (n: number): string => (n < 10 ? "0" : "") + n;
const pad4 = (n: number): string => String(n).padStart(4, "0");

/** `2024-03-05` */
export function isoDate(at: WallClock): string {
  return `${pad4(at.year)}-${pad2(at.month)}-${pad2(at.day)}`;
}

/** `2024-03-05T14:30:00`, the local time without its offset (ODF's date-value form). */
export function isoLocalDateTime(at: WallClock): string {
  return `${isoDate(at)}T${pad2(at.hour)}:${pad2(at.minute)}:${pad2(at.second)}`;
}

/** `2024-03-05T14:30:00+01:00`: Paris time, and the offset that makes it unambiguous. */
export function isoDateTime(at: WallClock): string {
  const sign = at.offsetMinutes < 0 ? "-" : "+";
  const offset = Math.abs(at.offsetMinutes);
  return `${isoLocalDateTime(at)}${sign}${pad2(Math.floor(offset / 60))}:${pad2(offset % 60)}`;
}

/** `05/03/2024` and `05/03/2024 14:30:00`: what a French spreadsheet shows. */
export function frenchDate(at: WallClock): string {
  return `${pad2(at.day)}/${pad2(at.month)}/${pad4(at.year)}`;
}

export function frenchDateTime(at: WallClock): string {
  return `${frenchDate(at)} ${pad2(at.hour)}:${pad2(at.minute)}:${pad2(at.second)}`;
}
