// The article's head: the lines between its headline and its first paragraph, where a page
// prints the date line and the byline. Shared by the page model of text dumps (the lines above
// the article window) and the HTML path (the container's blocks before its first paragraph).
import type { Block } from '../types.js';
import { type DocContext, drop } from './context.js';
import { findDate } from './dates.js';
import { parseCredit, vietnameseName } from './credits.js';
import { isDatedLine, unitsOf } from './page/shape.js';

/** A byline is a name or two, with a title or a desk beside it at most. */
const BYLINE_MAX_WORDS = 10;
/** A date line under the headline may carry the author, the source and the section beside the date. */
const HEAD_DATELINE_MAX_WORDS = 20;

/**
 * A line of the head: the date line (`Thế Duyệt, Đời sống Pháp luật 16/07/2026 16:35`, `Theo
 * Phạm Trường | 20-07-2026 - 00:15 AM | Thị trường chứng khoán`: whatever stands beside the
 * date, which the date-line rule cannot take whole) or the byline (`Ngọc Mai`, `Phùng Anh (VTV
 * Online)`). A name beside the date, or the byline's, is the author when it is a Vietnamese one.
 * Whether the line was taken.
 */
export function takeHeadLine(ctx: DocContext, block: Block, rule: string): boolean {
  const text = block.text.trim();
  const date = unitsOf(text) <= HEAD_DATELINE_MAX_WORDS ? findDate(text) : null;
  if (date) {
    drop(block, 'dateline', rule, 'the date line under the headline');
    ctx.findings.published ??= date.iso;
    // Beside the date: the author, and the source he writes for (`Huỳnh Duy, Theo
    // doisongphapluat.nguoiduatin.vn 01:00 17/07/2026`).
    const [name, ...others] = text.slice(0, date.start).split(/\s*[|,]\s*/u);
    ctx.findings.author ??= vietnameseName(name!);
    for (const other of others) {
      const credit = /^theo\s/iu.test(other) ? parseCredit(other) : null;
      if (credit?.attribution && !credit.author) ctx.findings.attribution ??= credit.attribution;
    }
    return true;
  }
  if (isDatedLine(text)) {
    drop(block, 'dateline', rule, 'a short line with a date');
    return true;
  }
  if (unitsOf(text) > BYLINE_MAX_WORDS) return false;
  const name = vietnameseName(text);
  if (!name) return false;
  drop(block, 'byline', rule, 'a byline between the headline and the article');
  ctx.findings.author ??= name;
  return true;
}
