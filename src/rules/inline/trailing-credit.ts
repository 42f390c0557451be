// The closing credit at the end of a collapsed body (`… cuộc sống. Theo Xuân Quảng/VnExpress.net`,
// `… trong tháng 2/2017. VĂN HUY`): the words after the last sentence of the last paragraph,
// when they parse as a credit, go to author / attribution / published. Without a sentence end
// before it (after captions, a quote, a list), only a credit that cannot be prose is taken.
import type { Rule } from '../rule.js';
import { addCut, lastBodyBlock, lowerText, maskCuts, type DocContext } from '../context.js';
import type { Block } from '../../types.js';
import { isKnownPublication, labelledCredit, parseCredit, type Credit } from '../credits.js';
import { recordCredit } from '../lines/closing-credits.js';
import { collapseSpaces } from '../../decode/normalize.js';
import { isInitialsName, isNameSyllable, wordCount } from '../text-shape.js';
import { lastSentenceStart, sentenceStart, TITLES } from './sentences.js';

const CREDIT_MAX_WORDS = 16;
/**
 * `… mùa này Xú - Thể thao Việt Nam | 08:20 08/02/2017`: a dated credit is recognisable even
 * when no full stop separates it from the text before (a video label, a stat table).
 */
/** A dated credit (names, publication, time, date) fits in this many characters. */
const DATED_CREDIT_MAX_CHARS = 160;
const NAME_WORD = String.raw`(?:\p{Lu}\.|\p{Lu}\p{L}*(?:\.\p{L}+)*)`;
const DATED_CREDIT = new RegExp(
  String.raw`(?<=^|\s)((?:${NAME_WORD}\s){0,3}${NAME_WORD}\s[-–]\s[^|.!?]{2,40}?\s*\|\s*\d{1,2}:\d{2}\s+\d{1,2}\/\d{1,2}\/\d{4})\s*$`,
  'u',
);

export const trailingCreditRule: Rule = {
  name: 'trailing-credit',
  run(ctx) {
    const last = lastBodyBlock(ctx);
    if (!last) return;
    // Spans other rules already cut (a related run, a promo) are blanked, offsets kept.
    const text = maskCuts(last.text, last.cuts).trimEnd();
    const tailFrom = Math.max(0, text.length - DATED_CREDIT_MAX_CHARS);
    const dated = text.includes('|', tailFrom) ? DATED_CREDIT.exec(text.slice(tailFrom)) : null;
    let start = dated ? tailFrom + dated.index : lastSentenceStart(text);
    while (text[start] === ' ') start++;
    // A block that is one sentence is not a credit as a whole (a caption run may end with one).
    const tail = start === 0 ? '' : collapseSpaces(text.slice(start));
    let credit = !tail || wordCount(tail, CREDIT_MAX_WORDS) > CREDIT_MAX_WORDS ? null : parseCredit(tail);
    // `(Theo Điều 145 BLHS)`: the article citing a law, not its source.
    if (credit && credit.author === null && credit.attribution !== null && isLegalSource(credit.attribution)) credit = null;
    if (!credit) {
      // The block lower-cased, for finding hints by offset (when lower-casing kept its length).
      const lower = lowerText(last);
      const unbounded =
        creditWithoutSentenceEnd(text, lower.length === last.text.length ? lower : null) ??
        initialsAtEnd(text) ??
        nameAfterClosedText(text) ??
        nameAfterLetterEnd(text) ??
        nameBeforeDanglingDash(text) ??
        reporterAfterLowerWord(text) ??
        nameFoundNowhereElse(ctx, last, text);
      if (!unbounded) return;
      ({ start, credit } = unbounded);
    }
    const byline = withoutForeignLead(text, start, credit);
    if (byline) ({ start, credit } = byline);
    addCut(last, { start, end: text.length, reason: credit.author ? 'byline' : 'credit', rule: 'trailing-credit' });
    recordCredit(ctx, credit);
    const photoCredit = labelledCreditBefore(text, start);
    if (photoCredit) {
      addCut(last, { start: photoCredit.start, end: start, reason: 'credit', rule: 'trailing-credit' });
      recordCredit(ctx, photoCredit.credit);
    }
  },
};

/**
 * `… của Lazio trước Sampdoria Xú - Thể thao Việt Nam | …`, `… ? - ? Lille  H.L`: the text's last
 * words, foreign ones, taken into the byline that follows them with no mark between. A byline
 * is written one way: words that are no Vietnamese name syllable (nor initials, nor a title
 * such as `BS.`) before a name in Vietnamese letters or in initials are the text's, and stay
 * (`Roger Bui`, all in plain letters, is one name). In the 5,000 corpus outputs 6 bylines began
 * so, each with a club's or a player's name; none was one name.
 */
function withoutForeignLead(text: string, start: number, credit: Credit): { start: number; credit: Credit } | null {
  const author = credit.author;
  if (!author || !collapseSpaces(text.slice(start)).startsWith(author)) return null;
  const words = author.split(' ');
  let foreign = 0;
  while (foreign < words.length - 1 && !isNameSyllable(words[foreign]!) && !isInitialsName(words[foreign]!) && !isTitle(words[foreign]!)) foreign++;
  const name = words.slice(foreign);
  if (foreign === 0 || !(VIETNAMESE_LETTER.test(name.join(' ')) || name.every(isInitialsName))) return null;
  let at = start;
  for (let i = 0; i < foreign; i++) {
    at = text.indexOf(' ', at);
    while (text[at] === ' ') at++;
  }
  return { start: at, credit: { ...credit, author: name.join(' ') } };
}

/** A title before a name (`BS.`, `PGS.TS`, `ThS.`: those sentences.ts knows), or any word in capitals. */
const isTitle = (word: string): boolean => /^(?:\p{Lu}+\.?)+$/u.test(word) || word.split('.').every((part) => part === '' || TITLES.has(part));
/** A letter only Vietnamese writes: a vowel with a tone or a shape mark, `đ`. */
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu;

/**
 * A labelled credit in the last sentence before the closing one, that the caption rule left
 * because its end was not plain there (`… đè lên. Ảnh: Trần Đáng Theo Xuân Ngọc (VNE)`: `Đáng`
 * may open a sentence): once the closing credit goes, it would end the text. Only a labelled
 * one (`Ảnh:`, `Bài:`, `Video:`) is taken here: a bare name could be the end of a caption.
 */
function labelledCreditBefore(text: string, end: number): { start: number; credit: Credit } | null {
  let stop = end;
  while (stop > 0 && text[stop - 1] === ' ') stop--;
  let start = sentenceStart(text, stop);
  while (start < stop && text[start] === ' ') start++;
  // Every label ends in a colon: most texts are done here, before any string is made.
  const colon = text.indexOf(':', start);
  if (start === 0 || colon === -1 || colon >= stop) return null;
  const tail = collapseSpaces(text.slice(start, stop));
  if (wordCount(tail, CREDIT_MAX_WORDS) > CREDIT_MAX_WORDS) return null;
  const credit = labelledCredit(tail);
  return credit ? { start, credit } : null;
}

/** A credit with no sentence end before it is looked for in this many last words at most. */
const UNBOUNDED_MAX_WORDS = 8;
/** `Theo Trí Thức Trẻ`, `(Theo VGP)`, `(Nguồn: Reuters)`; a lower-case `theo` is prose (`tăng theo Reuters`). */
const SIGNED_SOURCE = /^(?:\(\s*)?(?:Theo|Nguồn)\s|^\(\s*(?:theo|nguồn)\s/u;
/** What every unmistakable credit holds (lower-cased): a source word, a bracket, a slash, a role. */
const UNMISTAKABLE_HINT = /theo|nguồn|[()/]|tổng hợp|thực hiện/g;

/** What the author did: `Dung (Tổng hợp)`, `PV/VOV.VN Tổng hợp`, `Anh (th)`. */
const ROLE = /(?:^|[\s(])(?:tổng hợp|thực hiện|t\/h|th)(?=[\s)]|$)/iu;

/**
 * `… cũng được nhiều người mua để cúng Thần tài (Khám Phá)`, `… vẫn chế nhạo anh ấy đấy" Theo Trí
 * Thức Trẻ`, `… Video Leicester 0-3 Man United T.TúTổng hợp`: a credit after a caption, a quote
 * or a list, with no full stop before it. Only a credit that cannot be prose is taken: one that
 * names its source (`Theo`, `Nguồn`), a known publication or a domain, or what its author did.
 */
function creditWithoutSentenceEnd(text: string, lower: string | null): { start: number; credit: Credit } | null {
  const found = shortestUnmistakableTail(text, lower);
  if (!found) return null;
  // The shortest tail may have left the author's other names (`Lê Kiên (Theo The Independent)`)
  // or the word that announces the source (`Theo Thế Anh/Người đưa tin`). It grows over words
  // that can be Vietnamese names only: over any capitalised word it took a caption's end as
  // often as an author's first name (`… tiền của Barca T.C Tổng hợp`).
  let best = found;
  let start = found.start;
  for (let words = 0; words < UNBOUNDED_MAX_WORDS; words++) {
    const before = /(?:^|\s)(\S+)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
    if (!before || !(isNameSyllable(before[1]!) || isInitialsName(before[1]!) || /^[-–]$/u.test(before[1]!))) break;
    start -= before[0].length - before[0].indexOf(before[1]!);
    if (start <= 0) break;
    // A dash between two names is taken with the name before it.
    if (/^[-–]$/u.test(before[1]!)) continue;
    const tail = unglued(text.slice(start));
    const credit = parseCredit(tail);
    if (!credit) break;
    const named = credit.author !== null && credit.author.split(/\s*[-–]\s*/u).every((name) => wordCount(name, NAME_MAX_WORDS) <= NAME_MAX_WORDS);
    if (!named && !(credit.author === null && SIGNED_SOURCE.test(tail))) break;
    // Grown, the author's name is the same one, longer: `KẾ HOẠCH Theo An Nhi/Reatimes` is a
    // table's last cell before the credit of An Nhi, not a credit of `KẾ HOẠCH`.
    if (best.credit.author !== null && !credit.author?.endsWith(best.credit.author)) break;
    best = { start, credit };
  }
  return best;
}

/** The shortest unmistakable credit among the text's last words, none past a sentence's end. */
function shortestUnmistakableTail(text: string, lower: string | null): { start: number; credit: Credit } | null {
  // Each unmistakable credit holds one of these; a tail is parsed only once it holds the last one.
  const lastHint = lower ? lastHintAt(lower, text.length) : text.length;
  if (lastHint === -1) return null;
  let start = text.length;
  for (let words = 1; words <= UNBOUNDED_MAX_WORDS; words++) {
    const space = text.lastIndexOf(' ', start - 1);
    if (space <= 0) return null;
    start = space + 1;
    const tail = text.slice(start);
    const firstWord = tail.slice(0, tail.indexOf(' ') >>> 0);
    // Past the end of a sentence: the text's, not the credit's (`T.C`, `N.` are initials).
    if (/[.!?…]["”]?$/u.test(firstWord) && !/^\p{Lu}\.$/u.test(firstWord)) return null;
    if (start <= lastHint) {
      const candidate = unglued(tail);
      const credit = parseCredit(candidate);
      if (credit && isUnmistakable(candidate, credit)) return { start, credit };
    }
    start = space;
  }
  return null;
}

/** Where the last hint among the 120 characters before `end` of the lower-cased text starts, or -1. */
function lastHintAt(lower: string, end: number): number {
  let last = -1;
  UNMISTAKABLE_HINT.lastIndex = Math.max(0, end - 120);
  for (let m = UNMISTAKABLE_HINT.exec(lower); m && m.index < end; m = UNMISTAKABLE_HINT.exec(lower)) last = m.index;
  UNMISTAKABLE_HINT.lastIndex = 0;
  return last;
}

/** `Khang PhạmTổng hợp`: a name glued to the role. */
function unglued(tail: string): string {
  return collapseSpaces(tail).replace(/(\p{Ll})(Tổng hợp)$/u, '$1 $2');
}

/**
 * Names in initials at the very end (`… cùng vợ trên trang Instagram Q.C`, `… khó khăn H.TRIỀU -
 * Q.CHIẾN - G.MINH`), with one name in full joined by a dash at most (`Sông Ngư – H.Thanh`): a
 * byline after a caption, with no full stop between. No prose ends in initials but one that
 * names someone by them, which a word for a person comes before (`bị cáo N.V.H`).
 */
const INITIALS_BYLINE = /(?<=^|\s)(?:(?:\p{Lu}\p{L}*\s){0,2}\p{Lu}\p{L}*\s[-–]\s)?(?:(?:\p{Lu}\p{Ll}?\.){1,3}\p{Lu}\p{L}*(?:\s[-–]\s|\s)){0,5}(?:\p{Lu}\p{Ll}?\.){1,3}\p{Lu}\p{L}*$/u;
const PERSON_BEFORE = /(?:^|\s)(?:anh|chị|ông|bà|em|bé|cháu|cô|chú|bác|cụ|cậu|gã|tên|dì|bị cáo|bị can|đối tượng|nghi phạm|nghi can|nạn nhân|bệnh nhân|sản phụ|thiếu nữ|học sinh|sinh viên|nữ sinh|nam sinh|tài xế|phạm nhân|người)$/iu;

function initialsAtEnd(text: string): { start: number; credit: Credit } | null {
  // The last word first: the pattern, tried at every character, costs more than the rest.
  if (!isInitialsName(text.slice(text.lastIndexOf(' ') + 1))) return null;
  const from = Math.max(0, text.length - 120);
  const m = INITIALS_BYLINE.exec(text.slice(from));
  if (!m) return null;
  let start = from + m.index;
  let byline = m[0];
  // The full name joined by a dash is taken only when its words can be a Vietnamese name's.
  const dash = isInitialsName(byline.slice(0, byline.indexOf(' ') >>> 0)) ? null : /^((?:\S+\s){1,3})[-–]\s/u.exec(byline);
  if (dash && !dash[1]!.trim().split(' ').every(isNameSyllable)) {
    start += dash[0].length;
    byline = byline.slice(dash[0].length);
  }
  const before = text.slice(Math.max(0, start - 40), start).trimEnd();
  if (!before || PERSON_BEFORE.test(before)) return null;
  const names = byline.split(' ');
  // The same initials printed twice: `Q.D Q.D`.
  if (names.length === 2 && names[0] === names[1]) byline = names[0]!;
  return { start, credit: { author: byline, attribution: null, published: null } };
}

/**
 * Two or three capitalised name syllables at the very end, after a bracket, a quotation's close
 * or a date (`… (Đơn vị: triệu bảng) Tiến Long`, `… "lừa ông" Nguyễn Tuấn`, `… ngày 6/2/2017 Khánh
 * Ngọc`): a byline with no full stop before it, as no sentence ends in a name after those. In
 * the 5,000 corpus outputs 17 paragraphs ended so, each with a byline. After a bare number the
 * name may be what the number codes (`Mã số 276 Hà Dương`), and stays.
 */
const NAME_AFTER_CLOSED_TEXT = /(?<=(?:[)\]”"]|\d[/.:-]\d{1,4}\s?\)?)\s+)\p{Lu}\S*(?:\s\p{Lu}\S*){1,2}$/u;

function nameAfterClosedText(text: string): { start: number; credit: Credit } | null {
  const from = Math.max(0, text.length - 60);
  const m = NAME_AFTER_CLOSED_TEXT.exec(text.slice(from));
  if (!m || !m[0].split(' ').every(isNameSyllable)) return null;
  return { start: from + m.index, credit: { author: m[0], attribution: null, published: null } };
}

/**
 * `… thị trường Đông Á. Huyền Anh`, `… chống độc B. An Nhiên`: a sentence that ends in a capital
 * letter, then a name of two or three syllables that ends the text. The letter and its full stop
 * read as an initial (`B. An`), so no sentence seemed to end there; but a last sentence ends with
 * its mark, and a name with no mark after it is the byline (4 closing credits of the 5,000
 * corpus dumps, each so).
 */
const NAME_AFTER_LETTER_END = /(?<=\s\p{Lu}\.)\s+(\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){1,2})$/u;

function nameAfterLetterEnd(text: string): { start: number; credit: Credit } | null {
  const from = Math.max(0, text.length - 40);
  const m = NAME_AFTER_LETTER_END.exec(text.slice(from));
  if (!m || !m[1]!.split(' ').every(isNameSyllable)) return null;
  return { start: from + m.index + m[0].indexOf(m[1]!), credit: { author: m[1]!, attribution: null, published: null } };
}

/**
 * `… châu Á. Đặng Phương Thảo -`, `… thị trấn Douma NT Nguyễn Thuận -`: a byline whose
 * publication after the dash is gone. No prose ends in a dash: the name before it, of one to
 * three syllables, is the author's, with the initials of that name before it when they are
 * printed there too (`NT`, `TTB Trịnh Thái Bằng`). 11 of the 5,000 corpus outputs ended so.
 */
const DANGLING_DASH = /\s[-–]$/u;
const NAME_MAX_SYLLABLES = 3;

function nameBeforeDanglingDash(text: string): { start: number; credit: Credit } | null {
  const dash = DANGLING_DASH.exec(text);
  if (!dash) return null;
  const words = text.slice(Math.max(0, dash.index - 80), dash.index).split(' ');
  let count = 0;
  while (count < NAME_MAX_SYLLABLES && count < words.length - 1 && isNameSyllable(words[words.length - 1 - count]!)) count++;
  if (count === 0) return null;
  const name = words.slice(words.length - count);
  const initials = name.map((word) => word.charAt(0).toUpperCase()).join('');
  const taken = words[words.length - 1 - count] === initials ? count + 1 : count;
  const start = dash.index - words.slice(words.length - taken).join(' ').length;
  return { start, credit: { author: name.join(' '), attribution: null, published: null } };
}

/**
 * `… hoa văn thêu khá tinh xảo PV`: `PV` (phóng viên, the reporter) after a word in lower case
 * ends a text whose last full stop was lost; no sentence ends so. 1 text of the 5,000 corpus
 * dumps, whose `PV` stayed in the text.
 */
function reporterAfterLowerWord(text: string): { start: number; credit: Credit } | null {
  if (!text.endsWith(' PV') || !/\s\p{Ll}+ PV$/u.test(text.slice(-40))) return null;
  return { start: text.length - 2, credit: { author: 'PV', attribution: null, published: null } };
}

/**
 * `… tiêu cực tại các lễ hội Phương Vũ`, `… đang được tiếp tục điều tra, làm rõ Sơn Tùng`: two
 * capitalised name syllables at the very end, after a word in lower case with no mark between:
 * a byline glued to a last sentence (a headline, a caption) that lost its full stop. A name the
 * article speaks of stands elsewhere in it too (its title, its lead, its text), a byline's does
 * not. In the 5,000 corpus outputs 27 texts ended so with a name found nowhere else in them: 24
 * bylines, and the end of a credits list (`Kate by Châu Phạm`), of a link's label (`Xem bé Đức
 * Anh`) and of a video's (`Tiểu phẩm của Khánh Hoàng`).
 */
const NAME_AFTER_LOWER_WORD = /(?<=\s\p{Ll}+)\s(\p{Lu}\p{Ll}*\s\p{Lu}\p{Ll}*)$/u;

function nameFoundNowhereElse(ctx: DocContext, last: Block, text: string): { start: number; credit: Credit } | null {
  const from = Math.max(0, text.length - 40);
  const m = NAME_AFTER_LOWER_WORD.exec(text.slice(from));
  if (!m || !m[1]!.split(' ').every(isNameSyllable)) return null;
  const name = m[1]!;
  const start = from + m.index + m[0].indexOf(name);
  const elsewhere = ctx.blocks.some((block) => (block === last ? text.lastIndexOf(name, start - 1) !== -1 : block.text.includes(name)));
  return elsewhere ? null : { start, credit: { author: name, attribution: null, published: null } };
}

/**
 * An author's name is grown to at most this many words here: most bylines are two (`Thế Anh`,
 * `Lê Kiên`), and a third word was as often the end of a name in a caption before it
 * (`… Bộ trưởng Phạm Bình Minh Thái An - Trần Thường (Theo VGP)`).
 */
const NAME_MAX_WORDS = 2;

/**
 * A publication alone must be signed (`Theo VnExpress`) or bracketed (`(Khám Phá)`): after
 * `tăng mạnh theo Reuters` it is prose. With an author: a signed, bracketed or known source
 * (`Thế Anh/Người đưa tin`), or the author's role (`Ngọc Dương (thực hiện)`).
 */
function isUnmistakable(tail: string, credit: Credit): boolean {
  const signed = SIGNED_SOURCE.test(tail) || /^\(.*\)$/u.test(tail);
  if (credit.author === null) return credit.attribution !== null && signed && !isLegalSource(credit.attribution);
  if (credit.attribution !== null && (signed || isPublication(credit.attribution))) return true;
  return ROLE.test(tail);
}

/**
 * `(theo Điều 5)`, `(theo Nghị định 100/2019)`, `(Theo Luật Đất đai)`: a law or a numbered
 * source, not a publication (`Theo 24h` is one).
 */
function isLegalSource(attribution: string): boolean {
  if (isPublication(attribution)) return false;
  return /\d/.test(attribution) || /^(?:bộ luật|luật|nghị định|nghị quyết|thông tư|quyết định|chỉ thị|hiến pháp|điều|khoản)(?=\s|$)/iu.test(attribution);
}

/** `VOV.VN`, `TTXVN/Tin Tức`, `baodautu.vn`: a known publication or a domain. */
function isPublication(attribution: string): boolean {
  return attribution.split('/').some((part) => isKnownPublication(part) || /\.(?:vn|net|com|org)$/iu.test(part.trim()));
}
