// Publisher footers at the end of a collapsed body: a slogan (`Báo Gia đình và Xã hội cập nhật tin
// tức trong ngày liên tục, mới nhất`), a disclaimer (`Thông tin trong bài chỉ mang tính tham khảo`,
// `* Bài viết thể hiện quan điểm riêng của tác giả`), the newsroom's call for letters (`Mọi phản
// ánh … có thể gửi cho chúng tôi theo địa chỉ: Email: … Hotline: …`). Each is looked for at the
// very end of the last paragraph only; the slogan and the call have no full stop after them (an
// article's last sentence ends with one), the disclaimer names what it covers. Runs before the
// closing credit is looked for, so that a byline before a footer (`… cho biết. Đức Tùy Báo Gia đình
// …`) is found; a credit after a disclaimer is left for that rule to record.
import type { Rule } from '../rule.js';
import { addCut, lowerTail } from '../context.js';
import { parseCredit } from '../credits.js';

/** Where a footer may start: at the start of the text, or after a space or a sentence's end. */
const AFTER = String.raw`(?<=^|[\s.!?…"”])`;

/**
 * `Thông tin trong bài chỉ mang tính tham khảo`, `(Bài viết chỉ mang tính chất tham khảo, …).`,
 * `Chú ý: Thông tin pháp lý … chỉ mang tính tham khảo (Tổng hợp)`: the one footer that may end
 * with a full stop, so it names what is only for reference (`kết quả chỉ mang tính tham khảo`
 * in a sentence is prose). What follows it (`rest`) goes with it unless it is a credit
 * (`… tham khảo Tổng hợp Cự Giải`), which is left for the closing-credit rule to record.
 */
const DISCLAIMER = new RegExp(
  String.raw`${AFTER}(?:\(\s*|\*\s*|chú ý\s*:\s*|độc giả lưu ý:?\s*)?(?:thông tin|bài viết|nội dung|đáp án)[^.!?]{0,100}? chỉ mang tính (?:chất )?tham khảo(?:,[^.!?()]{0,100})?[.)]*(?<rest>\s+[^.!?]{1,60})?$`,
  'u',
);

/**
 * `* Bài viết thể hiện quan điểm riêng của tác giả`, `* Bài viết thể hiện văn phong, quan điểm của
 * tác giả, một nhà báo sống ở TP.HCM.`: an editor's note on an opinion piece. It opens a sentence
 * (or follows `*` or a bracket): `… cho rằng bài viết thể hiện quan điểm của tác giả là …` is prose.
 * A credit after it (`rest`) is left as after a disclaimer.
 */
const OPINION_NOTE = new RegExp(
  String.raw`(?:(?<=^|[.!?…]["”]?\s)|\*\s*|\(\s*)bài viết (?:này )?(?:thể hiện|là|phản ánh) [^.!?]{0,30}?quan điểm (?:riêng )?(?:cá nhân )?của (?:tác giả|người viết)(?:,(?:[^.!?()]|\.(?=\S)){0,100})?[.)]*(?<rest>\s+[^.!?]{1,60})?$`,
  'u',
);

const FOOTERS: readonly RegExp[] = [
  // `Báo X cập nhật tin tức trong ngày liên tục, mới nhất`, `Đọc báo X trong ngày cập nhật liên tục …`
  new RegExp(String.raw`${AFTER}(?:đọc )?(?:báo|tạp chí|trang tin) [^.!?]{1,60}? cập nhật (?:tin tức |thông tin )?[^.!?]{0,80}$`, 'u'),
  DISCLAIMER,
  OPINION_NOTE,
  // `Mọi phản ánh, ý kiến … có thể gửi cho chúng tôi theo địa chỉ: Email: x@y.vn Hotline: 09…`,
  // `Bạn đọc muốn gửi câu hỏi …, xin gửi về địa chỉ x@y.vn (…) Ban Bạn đọc`: an address or a
  // number is what makes it a call for letters, not a sentence about sending something.
  new RegExp(
    String.raw`${AFTER}(?:mọi|các|bạn đọc|độc giả) [^.!?]{0,120}?gửi (?:về|cho|tới|đến) [^!?]{0,220}?(?:@[\w-]+(?:\.[\w-]+)+|\d{4}[\d .]{4,})[^.!?]{0,120}$`,
    'u',
  ),
];

/** The footers that may end with a full stop or a bracket. */
const ENDING_A_SENTENCE: readonly RegExp[] = [DISCLAIMER, OPINION_NOTE];

export const footersRule: Rule = {
  name: 'footers',
  run(ctx) {
    // Footers are short: the end of the paragraph is where they are looked for.
    const textEnd = lowerTail(ctx, 600);
    if (!textEnd) return;
    const { block: last, from, tail } = textEnd;
    // Cheap checks first. A paragraph that ends a sentence can end with a disclaimer only; every
    // footer holds one of these words.
    const closed = '.!?…)'.includes(tail.at(-1) ?? '');
    const note = tail.includes('quan điểm', tail.length - 260);
    if (closed ? !note && !tail.includes('tham khảo', tail.length - 260) : !note && !tail.includes('cập nhật') && !tail.includes('tham khảo') && !tail.includes('gửi ')) return;
    for (const footer of closed ? ENDING_A_SENTENCE : FOOTERS) {
      const m = footer.exec(tail);
      if (!m) continue;
      const rest = m.groups?.rest;
      const end = rest && parseCredit(last.text.slice(from + tail.length - rest.length, from + tail.length)) ? tail.length - rest.length : tail.length;
      addCut(last, { start: from + m.index, end: from + end, reason: 'footer', rule: 'footers' });
      return;
    }
  },
};
