// Vietnamese publication dates: day-first dates with an optional weekday and time, in the
// shapes news sites print them. Output is ISO 8601 with an offset (+07:00 unless the page
// says otherwise, as Vietnam has one time zone and no daylight saving).

import { looksLikeName } from './text-shape.js';

const WEEKDAY = String.raw`(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật|cn|t[2-7])`;
const DATE = String.raw`(?<d>\d{1,2})\s*[/.-]\s*(?<m>\d{1,2})\s*[/.-]\s*(?<y>\d{4})`;
const ISO_DATE = String.raw`(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})`;
const TIME = String.raw`(?<H>\d{1,2})\s*[:hg]\s*(?<M>\d{2})(?::(?<S>\d{2}))?(?:\s*(?<ampm>[AaPp]\.?[Mm]\.?|SA|CH))?`;
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

export interface FoundDate {
  iso: string;
  start: number;
  end: number;
}

/** Every shape above holds a four-digit year: a line without one is passed over at once. */
const FOUR_DIGITS = /\d{4}/;

/** The first complete date (with year) in `text`, as ISO 8601, or null. */
export function findDate(text: string): FoundDate | null {
  if (!FOUR_DIGITS.test(text)) return null;
  const candidates = [TIME_THEN_DATE, DATE_THEN_TIME, ISO_THEN_TIME]
    .map((re) => re.exec(text))
    .filter((m): m is RegExpExecArray => m !== null);
  // The earliest match wins; at the same start the longer (time-first) one.
  candidates.sort((a, b) => a.index - b.index || b[0].length - a[0].length);
  for (const m of candidates) {
    const iso = toIso(m.groups ?? {});
    if (iso) return { iso, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

function toIso(g: Record<string, string | undefined>): string | null {
  const day = Number(g.d);
  const month = Number(g.m);
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
  const tz = g.tz === undefined ? 7 : Number(g.tz.replace(/\s/g, ''));
  const offset = `${tz < 0 ? '-' : '+'}${pad(Math.abs(tz))}:00`;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

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
  const rest = (text.slice(0, found.start) + ' ' + text.slice(found.end)).trim();
  if (DATELINE_FILLER.test(rest)) return { ...found, name: null };
  const name = rest.replace(/^[\s,|–—-]+|[\s,|–—-]+$/g, '');
  return looksLikeName(name) ? { ...found, name } : null;
}
