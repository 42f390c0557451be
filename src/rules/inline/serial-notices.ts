// A serial's notices at the end of an instalment: the `(Còn tiếp)` / `(còn nữa)` / `(Hết)`
// marker, and the announcement of the next part (`Mời các bạn đón đọc phần tiếp theo vào lúc 0h00
// ngày 25/5/2017`, `Đón đọc kì 2: “…” xuất bản sáng 14.6.`, `Kỳ tới: Thực hư người ngoài hành
// tinh`). They speak to the reader about the paper, not about the story. A byline after the marker
// (`(còn nữa) THIỆN VĂN`) or before the announcement (`Ngân Khánh Mời quý bạn đọc đón đọc kỳ 2 …`)
// is left for the closing-credit rule, which runs after this one; one after the announcement is
// recorded here.
import type { Rule } from '../rule.js';
import { addCut, lowerTail } from '../context.js';
import { parseCredit } from '../credits.js';
import { recordCredit } from '../lines/closing-credits.js';

/** Notices are short: only this much of the paragraph's end is read. */
const TAIL_CHARS = 320;
/** Where a notice starts: a sentence's start (or a bracket's end: `(còn nữa) Mời …`). */
const SENTENCE_START = String.raw`(?<=^|[.!?…"”)]\s)`;
/** `(Còn nữa)`, `*** (Còn tiếp...)`, `(HẾT)`. */
const MARKER = String.raw`(?:\*+\s*)?\(\s*(?:còn (?:tiếp|nữa)|hết)\s*(?:\.{2,}|…)?\s*\)\.?`;

/**
 * The next part announced, to the end of the text: `Mời các bạn đón đọc phần tiếp theo …`,
 * `Hãy cùng tiếp tục đón đọc tuyến bài …`, `Cùng đón đọc kỳ tiếp theo …`, `Đón đọc kì 2: …`.
 * An invitation (`Mời quý bạn đọc …`) may also follow a byline with no full stop before it. A
 * credit after it (`… sáng mai 11/7! Tiến Long`) is recorded.
 */
const NEXT_PART = new RegExp(
  String.raw`(?:${SENTENCE_START}|(?<=\s)(?=mời (?:quý |các )?(?:bạn|độc giả|quý vị)))(?:${MARKER}\s*)?(?:(?:xin mời|mời|hãy)\s[^.!?]{0,40}?|cùng (?:tiếp tục )?)?(?:đón đọc|đón xem|theo dõi) (?:tiếp )?(?:kỳ|kì|phần|bài|số|tuyến bài|loạt bài|chuyên đề)(?=[\s:]|$)[^]{0,220}?(?:[.!?…]["”]?\s+(?<credit>[^!?]{1,60}))?$`,
  'u',
);

/**
 * The next part's title: `Kỳ tới: Thực hư người ngoài hành tinh`, `Bài cuối: …`, `Phần sau: …`;
 * or its number, ending the text (`… phương tiện cá nhân. Bài 2: Quyết tâm thực hiện`: 2 texts
 * of the 5,000 corpus dumps).
 */
const NEXT_PART_TITLE = new RegExp(
  String.raw`${SENTENCE_START}(?:(?:kỳ|kì|bài) (?:tới|sau|tiếp theo|tiếp|cuối|\d{1,2})|phần (?:tới|sau|tiếp theo|\d{1,2}))\s*:\s*[^]{1,160}$`,
  'u',
);

/**
 * The marker at the end, a credit at most after it (`rest`); one before more text stays. Also a
 * live report's `Liên tục cập nhật` (updated as it happens).
 */
const CONTINUED = new RegExp(
  String.raw`(?<=^|\s)${MARKER}(?<rest>\s+[^.!?]{1,60})?$|${SENTENCE_START}(?:còn (?:tiếp|nữa)|(?:liên tục|tiếp tục) cập nhật)(?:\.{2,}|…|\.)?(?<after>\s+[^.!?]{1,60})?$`,
  'u',
);

/** Every notice holds one of these. */
const NOTICE_HINT = /còn (?:tiếp|nữa)|\(\s*hết|đón đọc|đón xem|theo dõi|(?:kỳ|kì|bài|phần) (?:tới|sau|tiếp|cuối|\d)|cập nhật/u;

export const serialNoticesRule: Rule = {
  name: 'serial-notices',
  run(ctx) {
    const textEnd = lowerTail(ctx, TAIL_CHARS);
    if (!textEnd || !NOTICE_HINT.test(textEnd.tail)) return;
    const { block: last, from, tail } = textEnd;
    const end = from + tail.length;
    const announced = NEXT_PART.exec(tail) ?? NEXT_PART_TITLE.exec(tail);
    if (announced) {
      const creditText = announced.groups?.credit;
      const credit = creditText ? parseCredit(last.text.slice(end - creditText.length, end)) : null;
      const creditStart = credit ? end - creditText!.length : end;
      addCut(last, { start: from + announced.index, end: creditStart, reason: 'footer', rule: 'serial-notices' });
      // Recorded here: with the announcement cut, no sentence end stands before the credit.
      if (credit) {
        addCut(last, { start: creditStart, end, reason: credit.author ? 'byline' : 'credit', rule: 'serial-notices' });
        recordCredit(ctx, credit);
      }
      return;
    }
    const marker = CONTINUED.exec(tail);
    if (!marker) return;
    const rest = marker.groups?.rest ?? marker.groups?.after;
    if (rest && !parseCredit(last.text.slice(end - rest.length, end))) return;
    addCut(last, { start: from + marker.index, end: end - (rest?.length ?? 0), reason: 'footer', rule: 'serial-notices' });
  },
};
