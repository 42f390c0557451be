// Publication dates: Vietnamese day-first dates with an optional weekday and time, and dates
// with a month's name in English (`Nov 19, 2019`, `19 November 2019`), the shapes news sites
// print them in. Output is ISO 8601 with an offset (+07:00 unless the page says otherwise, as
// Vietnam has one time zone and no daylight saving); a date printed without a time is the day
// alone (`2019-11-19`), as the labels have it.

import { looksLikeName } from './text-shape.js';

const WEEKDAY = String.raw`(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật|cn|t[2-7])`;
const DATE = String.raw`(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>\d{4})`;
const ISO_DATE = String.raw`(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})`;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** Offsets of the zones pages name, in minutes; `ET`, `CT`, `MT`, `PT` follow US daylight saving. */
const ZONES: Record<string, number> = {
  GMT: 0, UTC: 0, UT: 0, Z: 0, WET: 0, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180,
  IST: 330, ICT: 420, WIB: 420, SGT: 480, HKT: 480, JST: 540, KST: 540, AEST: 600, AEDT: 660,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
};
const US_ZONES: Record<string, number> = { ET: -300, CT: -360, MT: -420, PT: -480 };
const ZONE_NAMES = [...Object.keys(ZONES), ...Object.keys(US_ZONES)].sort((a, b) => b.length - a.length).join('|');
/** A zone's name after a time (`10:31 pm CST`); not before an offset, which says more (`GMT+7`). */
const ZONE = String.raw`(?:\s+(?<zone>${ZONE_NAMES})(?![\p{L}\d]|\s*[+-]\s*\d))?`;
const TIME = String.raw`(?<H>\d{1,2})\s*[:hg]\s*(?<M>\d{2})(?::(?<S>\d{2}))?(?:\s*(?<ampm>[AaPp]\.?[Mm]\.?|SA|CH))?${ZONE}`;
const GMT = String.raw`\(?\s*(?:GMT|UTC)\s*(?<tz>[+-]\s*\d{1,2})(?::?\d{2})?\s*\)?`;
/** Between a time and a date: `, `, ` - `, ` | `, ` ngày `, `lúc`. */
const JOIN = String.raw`[\s,|–-]*(?:ngày|lúc)?[\s,|–-]*`;

const DATE_THEN_TIME = new RegExp(
  String.raw`(?:${WEEKDAY}[\s,]*)?(?:ngày\s*)?${DATE}(?:${JOIN}${TIME})?(?:\s*${GMT})?`,
  'iu',
);
const TIME_THEN_DATE = new RegExp(
  String.raw`${TIME}${JOIN}(?:${WEEKDAY}[\s,]*)?(?:ngày\s*)?${DATE}(?:\s*${GMT})?`,
  'iu',
);
const ISO_THEN_TIME = new RegExp(String.raw`${ISO_DATE}(?:[T\s]+${TIME})?`, 'u');

/**
 * Dates with an English month name: `Nov 19, 2019`, `November 20, 2019`, `19 Nov 2019`, with a
 * weekday before (`Tue, Nov 19, 2019`) and a time before or after (`10:31 pm CST`, `at 9:24 pm
 * ET`, `1:39 am EST, Wednesday, November 20, 2019`). Of the 91 benchmark page dumps, 63 print a
 * short line with such a date; the page's zone, where it is named, gives the offset.
 */
const MONTH_NAME = String.raw`(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const EN_WEEKDAY = String.raw`(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?`;
const EN_MONTH_DAY = String.raw`${MONTH_NAME}\s+(?<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<y>\d{4})`;
const EN_DAY_MONTH = String.raw`(?<d>\d{1,2})(?:st|nd|rd|th)?\s+${MONTH_NAME},?\s+(?<y>\d{4})`;
const EN_TIME = String.raw`(?<H>\d{1,2}):(?<M>\d{2})(?::(?<S>\d{2}))?(?:\s*(?<ampm>[ap]\.?m\.?))?${ZONE}`;
const EN_JOIN = String.raw`[\s,|/–—-]*(?:at\s+)?`;
const EN_DATES = [EN_MONTH_DAY, EN_DAY_MONTH].flatMap((date) => [
  new RegExp(String.raw`(?<![\p{L}\d])(?:${EN_WEEKDAY},?\s+)?${date}(?:${EN_JOIN}${EN_TIME}(?:\s*${GMT})?)?(?![\p{L}\d])`, 'iu'),
  new RegExp(String.raw`(?<![\p{L}\d])${EN_TIME}(?:\s*${GMT})?${EN_JOIN}(?:${EN_WEEKDAY},?\s+)?${date}(?![\p{L}\d])`, 'iu'),
]);

export interface FoundDate {
  iso: string;
  start: number;
  end: number;
  /** The month is written as a word (`Nov 19, 2019`): an English page's date. */
  monthNamed: boolean;
}

/** Every shape above holds a four-digit year: a line without one is passed over at once. */
const FOUR_DIGITS = /\d{4}/;

/** The first complete date (with year) in `text`, as ISO 8601, or null. */
export function findDate(text: string): FoundDate | null {
  if (!FOUR_DIGITS.test(text)) return null;
  const candidates = [TIME_THEN_DATE, DATE_THEN_TIME, ISO_THEN_TIME, ...EN_DATES]
    .map((re) => re.exec(text))
    .filter((m): m is RegExpExecArray => m !== null);
  // The earliest match wins; at the same start the longer (time-first) one.
  candidates.sort((a, b) => a.index - b.index || b[0].length - a[0].length);
  for (const m of candidates) {
    const iso = toIso(m.groups ?? {});
    if (iso) return { iso, start: m.index, end: m.index + m[0].length, monthNamed: m.groups?.mon !== undefined };
  }
  return null;
}

function toIso(g: Record<string, string | undefined>): string | null {
  let day = Number(g.d);
  let month = g.mon === undefined ? Number(g.m) : MONTHS.indexOf(g.mon.slice(0, 3).toLowerCase()) + 1;
  // Month first, as pages in the US print it, where no day-first reading holds (`2/26/2015`).
  if (g.mon === undefined && month > 12 && day <= 12) [day, month] = [month, day];
  const year = Number(g.y);
  if (!(day >= 1 && day <= 31 && month >= 1 && month <= 12 && year >= 1990 && year <= 2100)) return null;
  if (new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day) return null;
  let hour = g.H === undefined ? 0 : Number(g.H);
  const minute = g.M === undefined ? 0 : Number(g.M);
  const second = g.S === undefined ? 0 : Number(g.S);
  const ampm = g.ampm?.replace(/\./g, '').toUpperCase();
  if (ampm === 'PM' || ampm === 'CH') hour = hour % 12 + 12;
  if ((ampm === 'AM' || ampm === 'SA') && hour === 12) hour = 0;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const date = `${year}-${pad(month)}-${pad(day)}`;
  if (g.H === undefined) return date;
  const minutes = g.tz !== undefined ? Number(g.tz.replace(/\s/g, '')) * 60 : g.zone !== undefined ? zoneOffset(g.zone, year, month, day) : 7 * 60;
  // A zone the page names but no table here knows: the day is sure, the hour's offset is not.
  if (minutes === null) return date;
  const offset = `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
  return `${date}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`;
}

/** The offset of a zone's abbreviation on that day, in minutes, or null for one not known. */
function zoneOffset(zone: string, year: number, month: number, day: number): number | null {
  const upper = zone.toUpperCase();
  if (upper in ZONES) return ZONES[upper]!;
  if (!(upper in US_ZONES)) return null;
  return US_ZONES[upper]! + (usDaylightSaving(year, month, day) ? 60 : 0);
}

/** US daylight saving: from the second Sunday of March to the first Sunday of November. */
function usDaylightSaving(year: number, month: number, day: number): boolean {
  const sunday = (m: number, nth: number) => {
    const first = new Date(Date.UTC(year, m - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + 7 * (nth - 1);
  };
  const at = month * 100 + day;
  return at >= 300 + sunday(3, 2) && at < 1100 + sunday(11, 1);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** `BY TMZ STAFF` beside a date: an English byline, whose name the metadata does not take (see `isEnglishByline`). */
const ENGLISH_BY = /^by:?\s/iu;

/** Words that sit around a date on a date line: labels, icon alt text, comment counters. */
const DATELINE_FILLER =
  /^(?:clock|cập nhật|cập nhật lúc|đăng|đăng lúc|đăng ngày|ngày đăng|ngày|lúc|thời gian|xuất bản|posted|updated|published|\d+\s*(?:trả lời|bình luận|comments?|lượt xem)|[\s,:|–—-])*$/iu;

/**
 * A line that is only a date (with its labels): `Thứ bảy, 15/05/2021 06:45 AM - 0 Trả lời`, or
 * a name and a date (`Minh Anh 02/10/2026`, a blog post's header): then `name` is that name.
 */
export function parseDateline(text: string): (FoundDate & { name: string | null }) | null {
  if (text.length > 90) return null;
  const found = findDate(text);
  if (!found) return null;
  let rest = (text.slice(0, found.start) + ' ' + text.slice(found.end)).trim();
  // A second date beside the first: the line's update (`PUBLISHED: 10:48, Tue, Nov 19, 2019 |
  // UPDATED: 11:05, Tue, Nov 19, 2019`). The first is the publication's.
  for (let more = findDate(rest); more; more = findDate(rest)) rest = (rest.slice(0, more.start) + ' ' + rest.slice(more.end)).trim();
  if (DATELINE_FILLER.test(rest)) return { ...found, name: null };
  const name = rest.replace(/^[\s,|–—-]+|[\s,|–—-]+$/g, '');
  // Beside an English date stands an English byline (`Chris Davies - Nov 19, 2019`), a site's
  // name or a label (`LinkNaija August 08, 2018`, `Nov.November 18, 2019`): the metadata names
  // Vietnamese authors only (see `isEnglishByline`), and the line is a date line.
  if (!looksLikeName(name)) return null;
  return { ...found, name: found.monthNamed || ENGLISH_BY.test(name) ? null : name };
}
