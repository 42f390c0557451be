// Photo captions inside a collapsed paragraph: `… Hiện trường vụ việc (Ảnh: Công an Hà Nam)
// Làm việc với …`. The cut runs from the end of the previous sentence to the end of the
// credit; when that would swallow a long stretch, only the credit goes (recall first).
import type { Rule } from '../rule.js';
import type { Block } from '../../types.js';
import { addCaption, addCut, bodyBlocks, lowerText, type DocContext } from '../context.js';
import { matchesNear } from '../near.js';
import { isNameSyllable, lowerWords, startOfWordsBefore, wordCount } from '../text-shape.js';
import { endBefore, opensSentence, opensWithDate, sentenceStart } from './sentences.js';
import { SENTENCE_OPENERS } from '../sentence-openers.js';
import { leadingPublicationLength } from '../credits.js';

/** A word of a credit: `Reuters`, `Hồng Ninh/TTXVN`, `NEWS.com.au/`, `AFP/Getty`. */
const CREDIT_WORD = String.raw`[\p{Lu}\d][\p{L}\d&/+-]*(?:\.[\p{L}\d][\p{L}\d&/+-]*)*`;
/**
 * A news agency that signs photos: `Ảnh: Trí Dũng/TTXVN`, `Ảnh: Hồng Điệp - TTXVN`. Its name
 * ends the credit, so the sentence after it needs no full stop before it.
 */
const PHOTO_AGENCY = String.raw`(?:TTXVN|VNA|VGP)`;
const AGENCY_AT_END = new RegExp(String.raw`${PHOTO_AGENCY}\s*$`, 'u');
/**
 * `Bà Simone Veil. (Nguồn: AFP)`, `(Nguồn: EPA/TTXVN)`: the source of a photo, as Vietnam+ and
 * others print it under the caption. Only news and photo agencies: `(Nguồn: Tổng cục Thống kê)`
 * after a sentence is the source of its figures, not of a picture.
 */
const NEWS_PHOTO_SOURCE = String.raw`(?:AFP|AP|EPA|Reuters|Getty Images|Getty|Shutterstock|Barcroft|THX|Xinhua|Kyodo|Yonhap|Sputnik|TASS|TTXVN|VNA)(?:\s*\/\s*(?:Getty Images|TTXVN|VNA))?`;
const NEWS_AGENCY = new RegExp(`^(?:${NEWS_PHOTO_SOURCE})$`, 'u');
/** Sources that sell pictures and publish no articles. */
const PHOTO_LIBRARY = /\b(?:Getty|Shutterstock|Barcroft)\b/u;
/**
 * What may stand before a credit's label: the paragraph's start (its caption ended the line
 * before), a sentence's end, a double space (a paragraph's end in a collapsed dump), a word
 * (`… trưa nay Ảnh: X`), or a dash after a caption of two words or more (`… giai đoạn 1 - Ảnh: SƠN BÌNH`, Tuổi Trẻ's way;
 * `Tin - ảnh: C. Nguyên` is a byline).
 */
const BEFORE_LABEL = String.raw`^|[.!?…]["”]?\s|\s\s|[\p{L}\d)]\s|[^\s.!?…]\s\S+\s[-–]\s`;
/**
 * The label of a credit: `Ảnh:`, `Ảnh minh họa:`, `Đồ họa:` (a graphic's). The word comes before
 * the lookbehind that checks what precedes it: a pattern opening with a literal is searched many
 * times faster.
 */
const CREDIT_LABEL = String.raw`(?:ảnh(?<=(?:${BEFORE_LABEL})ảnh)(?: minh h(?:ọa|oạ|oa))?|đồ h(?:ọa|oạ)(?<=(?:${BEFORE_LABEL})đồ h(?:ọa|oạ)))\s*:\s*`;
/** Where a credit's label may start, for `matchesNear`: its first word. */
const LABEL_WORDS = ['ảnh', 'đồ h'];

/**
 * `(Ảnh: X)`, `(Ảnh minh họa)`, `… Ảnh minh họa.`, `Ảnh: X - TTXVN`, and `Ảnh: X.` (one to five
 * words, one space apart: where words could also meet with no space, a failing try backtracked
 * through every way of cutting a name into words, 14 µs a try) closed by a full stop (or the
 * end, or a double space) so that the credit's end is known. A bare `(ảnh)` in a sentence points at a photo and
 * stays. (The word comes before the lookbehind that checks what precedes it: a pattern opening
 * with a literal is searched many times faster.)
 */
const PHOTO_CREDIT = new RegExp(
  [
    // `(Ảnh cắt từ clip)`, `(Ảnh chụp màn hình)`: a still from a video, a screenshot.
    String.raw`\(\s*(?:(?:ảnh|nguồn ảnh|photo)\s*[:.]\s*[^()]{1,60}|ảnh minh h(?:ọa|oạ|oa)[^()]{0,60}|ảnh (?:internet|facebook|fb)\s*|ảnh (?:cắt từ|chụp màn hình)[^()]{0,40})\)\.?`,
    // `Theo` opens what follows the credit (see sentence-openers.ts): `Ảnh: Internet Theo
    // Khoevadep` is a photo's credit and the article's.
    String.raw`${CREDIT_LABEL}${CREDIT_WORD}(?:\s(?!theo\s)${CREDIT_WORD}){0,4}\s?(?:\.(?=\s|$)|(?=\s{2,}|$))`,
    String.raw`${CREDIT_LABEL}(?:${CREDIT_WORD}(?:\s${CREDIT_WORD}){0,3}\s*[-–/]\s*)?${PHOTO_AGENCY}\.?(?=\s|$)`,
    String.raw`\(\s*nguồn\s*:\s*${NEWS_PHOTO_SOURCE}\s*\)`,
  ].join('|'),
  'giu',
);
/**
 * A bracketed credit with no colon: `(Ảnh NLĐ)`, `(ảnh Hải Hoàng)`, `(Ảnh AFP/TTXVN)`, `(ảnh H.T)`,
 * `(Ảnh Lao Động)`, `(ảnh nguồn quochoi.vn)`, `(Ảnh dẫn qua khaosod.co.th)`, `(ảnh
 * thethaovietnam.vn)`, `(Ảnh sưu tầm từ Internet)`. A name in capitals, a source's label or a web
 * address after the word: in the 5,000 corpus outputs 44 credits were so, each after its
 * caption. In lower case the words point at a photo from a sentence and stay: `(ảnh nhỏ)`, `(ảnh
 * bên trái)`, `(ảnh kỷ niệm)`; so do `(ảnh 2)` and `(ảnh hưởng …)`.
 */
const BRACKETED_PHOTO_CREDIT =
  /\((?:Ảnh|ảnh|ẢNH) (?:(?![Hh]ưởng)\p{Lu}[^()\d:]{0,40}|(?:nguồn|dẫn qua|sưu tầm|tác giả)[^():]{0,40}|[a-z\d-]+(?:\.[a-z\d-]+)*\.(?:vn|com|net|org))\)\.?/gu;

/**
 * A credit with no colon after its caption's full stop, closed by its own: `… bị đánh chảy máu ở
 * mặt. Ảnh CTV.`, `Ảnh H. Tâm.`, `Ảnh VTV Huế.`. One to three capitalised words: in the 5,000
 * corpus outputs 17 credits were so, each after its caption.
 */
const UNLABELLED_PHOTO_CREDIT = /Ảnh(?<=[.!?…]["”]?\s+Ảnh) [\p{Lu}\d][\p{L}\d.&/-]*(?: \p{Lu}[\p{L}\d.&/-]*){0,2}\.(?=\s|$)/gu;

/**
 * The same with a Vietnamese name in capitals, two to four syllables, and no full stop: the next
 * sentence opens after it in mixed case or with a quote (`… bãi tập kết. Ảnh ĐÌNH VĂN Các lóng
 * gỗ …`, `Ảnh HUY TRƯỜNG “Tôi …`). In the 5,000 corpus outputs 2 credits were left so, each
 * after its caption. The syllables are checked apart (`isNameSyllable`).
 */
const UNLABELLED_NAME_IN_CAPITALS = /Ảnh(?<=[.!?…]["”]?\s+Ảnh) \p{Lu}+(?: \p{Lu}+){1,3}(?=\s+(?:["“]|\p{Lu}\p{Ll}))/gu;

/**
 * An unbracketed note, capitalised as notes are (`anh Sơn vẽ ảnh minh họa` is prose), with the
 * source that often follows it: `Ảnh minh họa. Nguồn: internet`, `Ảnh minh họa, nguồn: Baolongan.vn`,
 * `Ảnh chụp màn hình`, `Ảnh: chụp màn hình`.
 */
const PHOTO_NOTE =
  /(?:Ảnh|ẢNH)(?<=(?:^|\S\s)(?:Ảnh|ẢNH))(?: |\s?:\s?)(?:minh h(?:ọa|oạ|oa)|MINH H(?:ỌA|OẠ)|[Cc]ắt từ (?:clip|video)|[Cc]hụp màn hình)\.?(?:\s+\([Nn]guồn\s*:?[^()]{1,40}\)\.?|(?:\s+|\s*[,/:]\s*)[Nn]guồn\s*:?\s*[^\s.]+(?:\.[^\s.]+)*\.?)?(?=\s|$)/gu;

/**
 * A stock picture's mark in other words than `Ảnh minh họa`: `Hình minh họa`, `(Hình minh họa)`,
 * `Hình ảnh mang tính minh họa`, `Ảnh mang tính chất minh họa. Nguồn: Internet`. In the 5,000
 * corpus dumps 13 stood so, after a sentence or alone, each a mark. Capitalised, as notes are:
 * `những hình ảnh minh họa sinh động` and `chỉ “mang tính minh họa”` are prose.
 */
const ILLUSTRATION_NOTE =
  /(?<=^|\s)(?:\(\s*)?(?:Hình ảnh|Hình|Ảnh(?= mang))(?: mang tính(?: chất)?)? minh h(?:ọa|oạ|oa)(?:\s*\))?\.?(?:\s+[Nn]guồn\s*:\s*[^\s.]+(?:\.[^\s.]+)*\.?)?(?=\s|$)/gu;
/** Where such a mark may stand, cheaply: its words before `minh h`. */
const ILLUSTRATION_WORDS = ['ình minh h', 'ính minh h', 'ất minh h'];

/**
 * A photo signed for the national agency with no label, between a caption and the next sentence:
 * `… ngày 23/5. EPA/TTXVN Theo cảnh sát, …`, `… Hoàng Ngọc - TTXVN Đó là …`, `Ảnh Mạnh
 * Khánh-TTXVN`. At a paragraph's end the same words are the article's byline, and stay.
 */
/** How far before the agency's name such a credit may start: `Ảnh` and four words of a name. */
const AGENCY_SIGNED_REACH = 60;
const AGENCY_SIGNED_PHOTO = /(?<=[.!?…]["”)]?\s)(?:Ảnh\s)?\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,3}\s?[-–/]\s?(?:TTXVN|VNA)(?=\s+["“]?\p{Lu})/gu;

/**
 * `Bữa tiệc thịt tê tê. (Nguồn: shanghaiist.com) Theo …`: a source in brackets after a closed
 * sentence and before the next, as Vietnam+ credits its photos. In the 5,000 corpus outputs 32
 * stood so, each one a photo's, but three before a closing byline (`… anh. (Nguồn: Dailymail)
 * Linh Nguyễn / Theo Trí Thức Trẻ`): those cite the article's source, so more than a byline and
 * its attribution must follow. A source of figures is mostly cited before the full stop (`… 10
 * tỷ USD (Nguồn: Tổng cục Hải quan).`, not matched); after it, the sentence holds the figures
 * (`Xuất khẩu tăng 12% so với cùng kỳ. (Nguồn: Tổng cục Thống kê)`), and it stays.
 */
const SOURCE_AFTER_SENTENCE = /\((?<=[.!?…]["”]?\s\()\s*[Nn]guồn\s*:\s*[^()]{1,50}\)(?=\s+["“]?\p{Lu})/gu;
/**
 * `… Cảnh sát được điều động tới cầu London. Nguồn: AP Trước đó, …`: a source with no brackets
 * after a closed caption; where it ends is decided as for `Ảnh:` (`openCreditEnd`). In the
 * 5,000 corpus outputs 39 stood after a sentence; 22 are cut, each read, a photo's or a chart's.
 */
const OPEN_SOURCE_LABEL = /Nguồn(?<=[.!?…]["”]?\sNguồn)\s?:\s?/gu;
/**
 * `(Nguồn: nydailynews.com) Ngày 31/5, Tòa án …` opening the body, as aggregators print the top
 * picture's source after the lead: in the 5,000 corpus outputs 6 bodies opened so, each with a
 * photo's source.
 */
const OPENING_SOURCE = /^\(\s*[Nn]guồn\s*:\s*[^()]{1,50}\)(?=\s+["“]?\p{Lu})/u;
/** A closing byline with its attribution (`Linh Nguyễn / Theo Trí Thức Trẻ`) is this many words at most. */
const CLOSING_CREDIT_MAX_WORDS = 9;
/**
 * Whether what follows a source is no more of the article, so that the source is the article's
 * (`… (Nguồn: Dailymail) Linh Nguyễn / Theo Trí Thức Trẻ`, `Nguồn: tinnhanhonline.vn Đọc báo …
 * tại chuyên mục Pháp Luật`): a byline and its attribution at most, or no sentence that ends.
 */
function closesArticle(text: string, from: number): boolean {
  const rest = text.slice(from);
  return wordCount(rest, CLOSING_CREDIT_MAX_WORDS + 1) <= CLOSING_CREDIT_MAX_WORDS || !/[.!?…]["”)]?(?:\s|$)/u.test(rest);
}

/** A share or an amount: what a source of figures is cited for. */
const FIGURES = /\d\s?%|\d\s?(?:tỷ|tỉ|triệu|nghìn|ngàn|USD|đồng)(?![\p{L}])/u;

/**
 * `Ảnh: Công an cung cấp`, `Ảnh do bệnh viện cung cấp` ("provided by"): the words end the credit,
 * before a sentence, a full stop or the paragraph's end. In the 5,000 corpus dumps 29 credits
 * close so; `cung cấp` before a word in lower case is prose (`… Các nhà cung cấp dịch vụ`).
 */
const PROVIDED_PHOTO = /(?:Ảnh|ẢNH)(?<=(?:^|[.!?…]["”]?\s|[\p{L}\d)]\s|\s[-–]\s)(?:Ảnh|ẢNH))(?:\s?:\s?|\s+do\s+)(?:[^\s.!?…()]+\s){1,6}?cung cấp\.?(?=\s+["“]?\p{Lu}|\s*$)/gu;

/**
 * `… bị cháy hoàn toàn. Ảnh facebook Anh Sáng cho biết …`, `(Ảnh internet)`: a picture taken
 * from the web, before the next sentence or the end (20 in the 5,000 corpus dumps, each so;
 * `Ảnh Facebook của anh …` in a sentence goes on in lower case, and stays).
 */
const PHOTO_FROM_WEB = /(?:Ảnh|ẢNH)(?<=(?:^|\S\s)(?:Ảnh|ẢNH)) (?:[Ii]nternet|[Ff]acebook|FB)\.?(?=\s+["“]?\p{Lu}|\s*$)/gu;

/**
 * `Ảnh:` with the sentence after the credit following it at once (`… Ảnh: AFP Nếu tấn công …`):
 * where the credit ends is decided by `openCreditEnd`.
 */
const OPEN_CREDIT_LABEL = new RegExp(CREDIT_LABEL, 'giu');
/** A source's name in one word: `AFP`, `Reuters`, `NVCC`, `T.T`, `CNN/Facebook`. */
const SOURCE_WORD = /^[\p{Lu}\d][\p{L}\d.&/+-]*[\p{L}\d]$/u;
const ALL_CAPS = /^[^\p{Ll}]+$/u;
/** Letters in capitals, an abbreviation where they are no syllable: `HLV`, `UBND`, `HĐXX`. */
const CAPITALS = /^\p{Lu}{2,}$/u;
/** Where the next sentence may start: a capital, after an opening quote or bracket at most. */
const SENTENCE_OPENING = /^["“'‘(]?\p{Lu}/u;
/** A credit with no end mark holds this many words at most: `NGUYỄN ĐÌNH TOÁN`. */
const OPEN_CREDIT_MAX_WORDS = 4;

/**
 * The end of a credit that the next sentence follows with no mark between, when it is plain
 * where the credit stops, else -1: one word that is not a Vietnamese syllable (`AFP`, `NVCC`,
 * `Reuters`; a name's syllable, `Quang`, may go on), or up to four syllables in capitals
 * (`HUY PHẠM`), before a word that opens a sentence and is not in capitals. A credit in mixed
 * case (`Lưu Thủy`) ends only before a word that opens sentences (`namedCreditLength`): the
 * sentence after it may open with a name too (`Việt Nam …`).
 */
function openCreditEnd(text: string, from: number): number {
  const words = text.slice(from, from + 120).split(' ');
  // Web addresses end the credit at the last of them, before any capital (`Ảnh: Airlines.net P-13M …`).
  const addresses = webAddressCount(words);
  if (addresses > 0 && SENTENCE_OPENING.test(words[addresses] ?? '')) return from + words.slice(0, addresses).join(' ').length;
  let taken = 0;
  const first = words[0]!;
  if (SOURCE_WORD.test(first) && !isNameSyllable(first.split('/').at(-1)!)) {
    taken = 1;
    // A source's name may go on in words of its kind (`Daily Mail`, `US Air Force`): they are
    // taken when a word that opens sentences follows them, as a foreign name may open the
    // sentence after one word (`Ảnh: Reuters Edilberto Cruz, …`).
    let name = 1;
    // A label (`Ảnh:`) is the next credit's, not a word of this name.
    while (name < OPEN_CREDIT_MAX_WORDS && /^\p{Lu}[^:]*$/u.test(words[name] ?? '') && !isNameSyllable(words[name]!.replace(/[.,]$/u, ''))) name++;
    // A name in capitals ends where a sentence starts, a word in mixed case before one in lower
    // case (`Ảnh: GETTY IMAGES Dấu hỏi …`); not before a name (`Ảnh: Đ.V HLV Hữu Thắng …`: HLV
    // is the sentence's).
    const inCapitals = words.slice(0, name).every((word) => ALL_CAPS.test(word));
    const after = words[name] ?? '';
    const opensSentence = /^\p{Lu}/u.test(after) && !ALL_CAPS.test(after) && /^\p{Ll}/u.test(words[name + 1] ?? '');
    // A news agency's whole name (`AFP/Getty Images`) is a credit whatever follows it.
    // Nor does a foreign name go on in a Vietnamese syllable: one in mixed case before a word in
    // lower case or in capitals opens the sentence (`Ảnh: US Navy Tàu USS Cheyenne dài …`).
    const wordAfter = words[name + 1] ?? '';
    const opensInVietnamese = /^\p{Lu}/u.test(after) && !ALL_CAPS.test(after) && isNameSyllable(after) && (/^\p{Ll}/u.test(wordAfter) || CAPITALS.test(wordAfter));
    if (name > 1 && (NEWS_AGENCY.test(words.slice(0, name).join(' ')) || SENTENCE_OPENERS.has(after.replace(OPENING_QUOTE, '')) || (inCapitals && opensSentence) || opensInVietnamese)) taken = name;
  } else {
    while (taken < OPEN_CREDIT_MAX_WORDS && ALL_CAPS.test(words[taken] ?? '') && isNameSyllable(words[taken]!)) taken++;
    if (taken > 0 && ALL_CAPS.test(words[taken] ?? '') && isNameSyllable(words[taken]!)) return -1;
    const credit = words.slice(0, taken).join(' ');
    // Two syllables or more in capitals are a Vietnamese name, whole (`TẤN LỘC`): an
    // abbreviation or a figure after it opens the sentence (`Ảnh: TẤN LỘC HĐXX nhận định …`,
    // `Ảnh: PHẠM HUY 90 phút hòa …`), as no foreign name goes on a Vietnamese one.
    const next = words[taken] ?? '';
    if (taken >= 2 && ((CAPITALS.test(next) && !isNameSyllable(next)) || /^\d/u.test(next)) && /^\p{L}/u.test(words[taken + 1] ?? '')) return from + credit.length;
    // Else a word after it that is no syllable may go on a foreign name (`Ảnh: RIA Novosti`),
    // unless the name is a news agency's (`Ảnh: AP Al-Baghdadi …`).
    if (taken > 0 && !NEWS_AGENCY.test(credit) && !isNameSyllable((words[taken] ?? '').replace(/[.,:;]$/u, '').replace(OPENING_QUOTE, ''))) return -1;
  }
  if (taken === 0) taken = publicationCreditLength(words) || namedCreditLength(words) || webSourceLength(words) || twoSyllableCreditLength(words) || commonNameCreditLength(words) || lowerCaseNameCreditLength(words);
  // The next word opens a sentence; one in capitals (`AUSTRALIAN/KCNA`) may be the credit's,
  // unless the credit is a news agency's name, which ends it (`Ảnh: TASS RPG-7 có …`), or a name
  // in mixed case, which no word in capitals goes on (`Ảnh: Đỗ Thơm ĐB Bùi Sỹ Lợi, …`, `Ảnh: Lê
  // Tiên UBND tỉnh …`: 2 of 2 such credits in the 5,000 corpus dumps). A word of one letter is
  // no word in capitals (`Ảnh: Đăng Huỳnh Ở buổi họp báo …`).
  const next = words[taken] ?? '';
  if (taken === 0 || !SENTENCE_OPENING.test(next)) return -1;
  const credit = words.slice(0, taken);
  const mayGoOn = !NEWS_AGENCY.test(credit.join(' ')) && credit.some((word) => ALL_CAPS.test(word));
  if (ALL_CAPS.test(next) && next.length > 1 && mayGoOn) return -1;
  return from + credit.join(' ').length;
}

/**
 * A publication credited by a name it is known by, which may hold words in lower case (`Ảnh:
 * Người đưa tin Cú tông …`, `Ảnh: Dân trí Theo Công an …`), after `báo` (newspaper) at most
 * (`Ảnh: báo VietnamNet Theo …`): the credit is the name, the longest known one. 11 credits of
 * the 5,000 corpus outputs were so; the caption before each stayed. The credit's length in words,
 * or 0.
 */
function publicationCreditLength(words: readonly string[]): number {
  // The caption's text goes on after the credit: at least one word is left to it.
  return leadingPublicationLength(words.slice(0, -1));
}

/** A word of a credit in mixed case: `Đình`, `VGP/Lê`, `K.T.L`, `FB`. */
const CREDIT_NAME_WORD = /^\p{Lu}[\p{L}\d.&/+-]*$/u;

/**
 * A credit in mixed case whose end is plain after all: two to four words of a name, then a
 * word that opens sentences and almost never stands inside one (`Ảnh: Đình Văn Có lóng …`,
 * `Ảnh: Lê Quân Trước đó, …`; see sentence-openers.ts). The credit's length in words, or 0.
 */
function namedCreditLength(words: readonly string[]): number {
  for (let taken = 1; taken <= OPEN_CREDIT_MAX_WORDS && taken < words.length; taken++) {
    const word = words[taken - 1]!;
    if (!CREDIT_NAME_WORD.test(word) || SENTENCE_OPENERS.has(word)) return 0;
    // One word is a surname as often as a whole credit (`Ảnh: Trần Đáng`).
    if (taken >= 2 && SENTENCE_OPENERS.has(words[taken]!.replace(OPENING_QUOTE, ''))) return taken;
  }
  return 0;
}

const OPENING_QUOTE = /^["“‘]/u;

/**
 * A source written as a web address or a site's name in lower case: `Ảnh: giaoduc.net Ngày …`,
 * `Ảnh: thanhnien Chỉ có …`, `Ảnh: shutterstock Quanh …`. Letters without tone marks that are
 * no syllable of Vietnamese (whose words all are one): never a word of the sentence after it.
 */
const WEB_SOURCE = /^[a-z\d][a-z\d.&/+-]*[a-z\d]$/u;

/**
 * `Airlines.net`, `businesstimes.com.sg`, `kobieta.onet.pl, as-de.ru`: the sources of a photo
 * as web addresses, one or a list. An address is one word and no word goes on it, so the
 * sentence after the last one opens there, also with a word in capitals (`P-13M`, `IMF`), which
 * after a name may still be the name's. A site's ending is in lower case (`TP.HCM` is a city).
 */
const WEB_ADDRESS = /^(?:[\p{L}\d-]+\.)+[a-z]{2,6}$/u;

/** How many web addresses open the words, a comma after each but the last; 0 when the list does not end. */
function webAddressCount(words: readonly string[]): number {
  for (let count = 0; count < words.length; count++) {
    const word = words[count]!;
    if (!WEB_ADDRESS.test(word.replace(/,$/u, ''))) return 0;
    if (!word.endsWith(',')) return count + 1;
  }
  return 0;
}

function webSourceLength(words: readonly string[]): number {
  const first = words[0] ?? '';
  return WEB_SOURCE.test(first) && /[a-z]/u.test(first) && !isNameSyllable(first.charAt(0).toUpperCase() + first.slice(1)) ? 1 : 0;
}

/**
 * The common credit of two syllables before a sentence whose first word alone is capitalised:
 * `Ảnh: Viết Thành Đề cao tinh thần …`, `Ảnh: Hải Nguyễn Tổ ra đề thi …`. Three capitalised
 * syllables and then a word in lower case: the third opens the sentence. In the 5,000 corpus
 * outputs 77 credits had this shape, and each one, read, split so. With four before the word
 * in lower case (`Ảnh: Hồng Đức Phó Chủ tịch …`) see `commonNameCreditLength`; a name partly in
 * lower case (`Ảnh: Hà Nội mới Các …`), `lowerCaseNameCreditLength`.
 */
const AGENCY_PREFIX = /^[\p{Lu}\d]{2,}\//u;

/** A name's syllable in mixed case (`Quang`, `trí`), not in capitals. */
const syllable = (word: string | undefined): boolean => word !== undefined && isNameSyllable(word) && !ALL_CAPS.test(word);
const capital = (word: string | undefined): boolean => word !== undefined && /^\p{Lu}/u.test(word);

function twoSyllableCreditLength(words: readonly string[]): number {
  // A publication's second syllable may be in lower case (`Ảnh: Dân trí Trước đó, …`).
  // The agency may stand before the name: `Ảnh: VGP/Quang Hiếu Thủ tướng …`.
  const first = (words[0] ?? '').replace(AGENCY_PREFIX, '');
  // A name's third syllable before a figure (`Lê Anh Dũng 6h sáng`) is no date's word.
  const opensSentence = /^\p{Ll}/u.test(words[3] ?? '') || opensWithDate(words[2], words[3]);
  return capital(first) && syllable(first) && syllable(words[1]) && capital(words[2]) && syllable(words[2]) && opensSentence ? 2 : 0;
}

/**
 * A credit of two name syllables before more capitalised words, where the sentence after it
 * opens with a name or a title (`Ảnh: Đỗ Thơm ĐB Bùi Sỹ Lợi, …`, `Ảnh: VGP/Quang Hiếu Việt Nam
 * coi …`): where the credit ends is not plain, so it is taken at its most common length. Of the
 * credits of capitalised name syllables closed by a full stop in the 5,000 corpus dumps, 302
 * have two, 12 three, 3 four, and 3 one (`Ảnh: Khang.`): a longer credit leaves a word of it
 * before the sentence, a shorter one (rare) costs the sentence its first word.
 */
function commonNameCreditLength(words: readonly string[]): number {
  const nameSyllable = (word: string | undefined) => capital(word) && syllable(word);
  const first = (words[0] ?? '').replace(AGENCY_PREFIX, '');
  // The sentence's words: capitalised first (a name, a title), then one in lower case.
  const sentence = words.slice(2, 2 + OPEN_CREDIT_MAX_WORDS + 1);
  // A figure or a bracket among them is the credit's more often (`Ảnh: Lê Anh Dũng 6h sáng`,
  // `Ảnh: Trần Chí Hùng (P/v TTXVN …) Theo …`): where the credit ends is then anyone's guess.
  const lowerAt = sentence.findIndex((word) => /^\p{Ll}/u.test(word));
  const opening = sentence.slice(0, lowerAt);
  return nameSyllable(first) && nameSyllable(words[1]) && lowerAt >= 1 && opening.every((word) => /^["“']?\p{Lu}/u.test(word)) ? 2 : 0;
}

/**
 * `Trong ảnh: Người lao động tranh thủ tránh nắng dưới tán cây ven đường.`: a caption that opens
 * with its label, at a sentence's start, to its full stop or the end of the text (`trình bày
 * trong ảnh: …` is prose). Without such an end within a caption's length, it stays.
 */
const IN_PHOTO = /(?:Trong ảnh|TRONG ẢNH)(?<=(?:^|[.!?…]["”]?\s*)(?:Trong ảnh|TRONG ẢNH))\s*:\s*[^.!?…]{3,240}?(?:[.!?…](?=\s|$)|\s*$)/gu;

/** A publication's name in a few words, some in lower case: `Báo giao thông`, `Hà Nội mới`. */
const LOWER_CASE_NAME_MAX_WORDS = 4;

/**
 * A publication named in words partly in lower case, before a word that opens sentences after
 * one in lower case: `Ảnh: Báo giao thông Cuối năm 2016, …`, `Ảnh: Hà Nội mới Các tỉnh …`,
 * `Ảnh: Khỏe và đẹp Khi …`. Capitalised first (or after `báo`), no word of it one that opens
 * sentences. In the 5,000 corpus outputs 6 credits were so, each read: a publication or an
 * agency (`Ảnh: Công an Điện Biên Theo hồ sơ, …`). The credit's length in words, or 0.
 */
function lowerCaseNameCreditLength(words: readonly string[]): number {
  if (!/^(?:\p{Lu}|báo\s)/u.test(`${words[0] ?? ''} `)) return 0;
  for (let taken = 2; taken <= LOWER_CASE_NAME_MAX_WORDS && taken < words.length; taken++) {
    const word = words[taken - 1]!;
    if (SENTENCE_OPENERS.has(word) || !/^[\p{L}&]+$/u.test(word)) return 0;
    if (/\p{Ll}$/u.test(word) && SENTENCE_OPENERS.has(words[taken]!.replace(OPENING_QUOTE, ''))) {
      return words.slice(1, taken).some((w) => /^\p{Ll}/u.test(w)) ? taken : 0;
    }
  }
  return 0;
}

/**
 * `… hoạt động. Ảnh: Tàu sân bay USS Enterprise hoạt động trên vùng biển Đại Tây Dương.`: the
 * label, then what the picture shows instead of who took it: a phrase whose second word is in
 * lower case (no name's), closed by its full stop before the next sentence, with no comma in it
 * and no word that opens sentences after one in lower case (`Ảnh: Báo giao thông Cuối năm
 * 2016, …` is a credit, then a sentence). See `describedPhotos`.
 */
const DESCRIBED_PHOTO = /(?:Ảnh|ẢNH)(?<=(?:^|[.!?…]["”]?\s)(?:Ảnh|ẢNH))\s?:\s?\p{Lu}\p{Ll}*\s\p{Ll}[^.!?…,;:"“”()]{0,200}?[.!?…](?=\s+["“]?\p{Lu}|\s*$)/gu;

/** Cheap test first: `ảnh` alone is a common word (`ảnh hưởng`), a credit has more around it. */
const NEAR_PHOTO_WORD = /ảnh\s*:|ảnh do |ảnh internet|ảnh facebook|ảnh fb|ảnh minh|ảnh cắt|ảnh chụp màn|\(\s*ảnh/u;
/**
 * The words' own searches first: one pattern of many alternatives ran at every character. Each
 * searched from a letter that is rare in Vietnamese (`ồn:` for `nguồn:`, `xvn` for `ttxvn`): a
 * search is checked at every place its first letter stands, and `n` or `t` stand everywhere
 * (`nguồn:` took 19 ms over the 5,000 dumps, `ồn:` 3). A yes here lets the precise
 * searches run.
 */
function mayHoldCredit(lower: string): boolean {
  return (
    (lower.includes('ảnh') && (NEAR_PHOTO_WORD.test(lower) || lower.includes('. ảnh '))) ||
    lower.includes('ồn:') ||
    lower.includes('ồn :') ||
    lower.includes('(ngu') ||
    lower.includes('( ngu') ||
    lower.includes('xvn') ||
    lower.includes('vna') ||
    lower.includes('ồ h') ||
    lower.includes('photo') ||
    ILLUSTRATION_WORDS.some((word) => lower.includes(word))
  );
}
/** An illustration credited to no one (`Ảnh minh họa: Internet`): a picture taken from the web. */
const STOCK_PICTURE = /minh h(?:ọa|oạ|oa)\s*[.:]?\s*(?:nguồn\s*:?\s*)?(?:internet|sưu tầm|st)\.?\)?$/iu;

/** `Ảnh minh họa`, `(Hình minh họa).`: an illustration's mark with no source and no caption of its own. */
const BARE_ILLUSTRATION = /^\(?\s*(?:ảnh|hình ảnh|hình)(?: mang tính(?: chất)?)? minh h(?:ọa|oạ|oa)\s*\)?\.?$/iu;

/** A sentence of this many words at most before a stock picture's mark is a label: `Tỏi ngâm giấm.` */
const LABEL_MAX_WORDS = 4;
/** The share of a sentence's three-word runs found elsewhere in the article that makes it a copy. */
const ECHO_SHARE = 0.8;

/**
 * Whether the sentence at `start`–`end` of `block` is the picture's: a label of a few words, or
 * a copy of words the article prints elsewhere (its title, its lead, a sentence before or
 * after), exact or nearly (`Chồng tôi vung tay tát tôi …` of `Chồng tôi liền vung tay tát tôi …`).
 */
function echoesArticle(ctx: DocContext, block: Block, start: number, end: number): boolean {
  const words = lowerWords(block.text.slice(start, end));
  if (words.length <= LABEL_MAX_WORDS) return true;
  // A cheap test first, as most such sentences are prose: a copy shows its longest word elsewhere
  // (stricter than the runs alone where that word is among the runs not found: the sentence stays).
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const article = articleCounts(ctx);
  if ((article.words.get(longest) ?? 0) <= words.filter((word) => word === longest).length) return false;
  const own = trigrams(words);
  // Most such sentences are prose, found nowhere else: stop once too many runs were not found.
  const maxMissing = own.length - Math.ceil(ECHO_SHARE * own.length);
  let missing = 0;
  for (const gram of own) {
    // Found elsewhere: more times in the article than in the sentence itself.
    const mine = own.filter((g) => g === gram).length;
    if ((article.trigrams.get(gram) ?? 0) <= mine && ++missing > maxMissing) return false;
  }
  return true;
}

/**
 * How often each word and each run of three words stands in the article (title and paragraphs;
 * no run crosses from one paragraph to the next), counted once a document: looked up, not
 * searched for again at each caption (a page of thousands of captions took seconds so).
 */
interface ArticleCounts {
  words: Map<string, number>;
  trigrams: Map<string, number>;
}
const articleCountCache = new WeakMap<DocContext, ArticleCounts>();

function articleCounts(ctx: DocContext): ArticleCounts {
  let counts = articleCountCache.get(ctx);
  if (counts === undefined) {
    counts = { words: new Map(), trigrams: new Map() };
    for (const block of articleBlocks(ctx)) {
      const words = lowerWords(block.text);
      for (const word of words) counts.words.set(word, (counts.words.get(word) ?? 0) + 1);
      for (const gram of trigrams(words)) counts.trigrams.set(gram, (counts.trigrams.get(gram) ?? 0) + 1);
    }
    articleCountCache.set(ctx, counts);
  }
  return counts;
}

/** The title and the paragraphs. */
function articleBlocks(ctx: DocContext): Block[] {
  const title = ctx.titleIndex === null ? null : ctx.blocks[ctx.titleIndex]!;
  return title ? [title, ...bodyBlocks(ctx)] : bodyBlocks(ctx);
}

function trigrams(words: readonly string[]): string[] {
  const grams: string[] = [];
  for (let i = 0; i + 2 < words.length; i++) grams.push(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return grams;
}

/**
 * A name of two to four syllables and a dash, or of two or three with nothing after it: a
 * byline, as the last words print it before a photo credit (`Vũ Phượng - Ảnh: Ngọc Dương`, `Mai
 * Ngọc Ảnh: Luân Nguyễn`). The 4 texts of the 5,000 corpus dumps that end in a sentence, a bare
 * name and a photo credit each end in a byline so.
 */
function isBylineBeforePhotoCredit(text: string): boolean {
  const m = /^([^\s–-]+(?: [^\s–-]+){1,3})\s*([-–])?\s*$/u.exec(text);
  if (!m) return false;
  const words = m[1]!.split(' ');
  return (m[2] !== undefined || words.length <= 3) && words.every(isNameSyllable);
}

/** A sentence that ends with a quotation closing: `… gọi đi”.`, `… “đi thôi.”` */
const QUOTED_END = /(?:[”"][.!?…]|[.!?…][”"])$/u;
/** A quoted term (`nổi tiếng “siêu khủng”.`) is this many words at most; words someone said are more. */
const QUOTED_TERM_MAX_WORDS = 5;

/**
 * Whether a sentence ends in words someone said, so that it is the article's and not the
 * caption before a credit: its quotation opened in an earlier sentence, or opens the sentence,
 * or follows a colon (`hỏi tôi: "Chị muốn gì?"`), or is longer than a quoted term. A caption
 * may end with a term in quotes (`… bị chê vì 3 vòng "lép xẹp".`).
 */
function endsInSpeech(sentence: string): boolean {
  if (!QUOTED_END.test(sentence)) return false;
  const close = Math.max(sentence.lastIndexOf('”'), sentence.lastIndexOf('"'));
  const open = sentence[close] === '”' ? sentence.lastIndexOf('“', close) : sentence.lastIndexOf('"', close - 1);
  if (open === -1 || sentence.slice(0, open).trim() === '' || /:\s*$/u.test(sentence.slice(0, open))) return true;
  return wordCount(sentence.slice(open + 1, close), QUOTED_TERM_MAX_WORDS + 1) > QUOTED_TERM_MAX_WORDS;
}

/** A caption is a line under a photo; longer than this, it is prose with a credit in it. */
const INLINE_CAPTION_MAX_WORDS = 30;
/**
 * The top picture's caption, one sentence that opens the body before its credit, runs longer:
 * `Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Lào … lần thứ 9. (Ảnh: …)` (36 words). In the 5,000
 * corpus outputs 22 bodies opened with one sentence of 31 to 40 words before a credit; read, 21
 * were captions (an official's meeting, a scene, the lead restated) and 1 unsure. Of 9 longer
 * ones several read as prose, as did one that names its source first (`Theo hãng tin RT, …`).
 */
const OPENING_CAPTION_MAX_WORDS = 40;
const ATTRIBUTED = /^Theo\s[^,]{1,40},/u;

/**
 * A gallery's prompt under a picture: `(Nhấp chuột để xem kích thước chuẩn)`, `Nhấp chuột vào ảnh
 * để xem kích thước thực.` (4 in the 5,000 corpus dumps; none is prose).
 */
const CLICK_TO_ENLARGE = /\(?\s*(?:nhấp|bấm|click)(?: chuột)?(?: vào (?:ảnh|hình))? để xem (?:ảnh |hình )?(?:ở )?(?:kích thước|kích cỡ|cỡ) (?:chuẩn|thực|thật|lớn|đầy đủ)\s*\.?\s*\)?/giu;

/** Where a photo's credit stands in a paragraph: the caption before it is cut with it. */
interface Credit {
  index: number;
  end: number;
  /** A credit with no label's colon (`Ảnh CTV.`): its caption starts after any colon before it. */
  unlabelled?: boolean;
}

/**
 * The credits of a paragraph as they are found, with the places they cover marked, so that
 * whether one covers a place is one look-up, not a pass over all found before (a paragraph of
 * thousands of credits took seconds so). Spans are a credit's length, so marking them is cheap.
 */
class FoundCredits {
  readonly list: Credit[] = [];
  private readonly coveredAt: Uint8Array;
  private readonly byIndex = new Map<number, Credit>();

  constructor(textLength: number) {
    this.coveredAt = new Uint8Array(textLength);
  }

  add(credit: Credit): void {
    this.list.push(credit);
    this.coveredAt.fill(1, credit.index, credit.end);
    // The first found at a place, as a search of the list in order would give.
    if (!this.byIndex.has(credit.index)) this.byIndex.set(credit.index, credit);
  }

  /** Whether a credit found already covers this place. */
  covers(at: number): boolean {
    return this.coveredAt[at] === 1;
  }

  /** The first credit found that starts at this place. */
  at(index: number): Credit | undefined {
    return this.byIndex.get(index);
  }
}

/**
 * Whether a source (`Nguồn: X`, `(Nguồn: X)`) is the article's, not a photo's: it closes the
 * article, or the sentence before it holds the figures it is cited for.
 */
function isArticleSource(text: string, index: number, end: number): boolean {
  return closesArticle(text, end) || FIGURES.test(text.slice(sentenceStart(text, endBefore(text, index)), index));
}

/**
 * Whether a credit closed by a double space, not by a full stop, took the words after it: `Ảnh:
 * Infonet Một cán bộ  Công an …`, `Ảnh: Nauan.net Phở bò gia truyền  Phở bò …` (an intertitle).
 * The patterns ignore case, so a credit's words may match in lower case; a name's words are
 * capitalised, and one in lower case after the first word is the text's. The credit's end is
 * then left to `openCreditEnd`. In the 5,000 corpus outputs 2 credits were so.
 */
function runsIntoSentence(credit: string, text: string, end: number): boolean {
  // Closed by its own mark, its bracket, a photo agency's name (`Ảnh: Trung tâm … – TTXVN`) or
  // the paragraph's end (`… Ảnh: Tổng hợp`): its end is plain.
  if (credit.startsWith('(') || /[.)]\s*$/u.test(credit) || AGENCY_AT_END.test(credit) || text.slice(end).trim() === '') return false;
  const words = credit.slice(credit.indexOf(':') + 1).trim().split(/\s+/u);
  return words.slice(1).some((word) => /^\p{Ll}/u.test(word));
}

/**
 * Every credit in a paragraph, in order: labelled (`Ảnh: X.`, `(Ảnh: X)`, a note), open-ended
 * (`Ảnh: X` before the next sentence), and the unlabelled shapes, each looked for only when the
 * paragraph holds its words. A credit found twice at one place counts once.
 */
function creditsIn(text: string, lower: string): Credit[] {
  // Both patterns start at `(` or at the word `ảnh`.
  const credits = new FoundCredits(text.length);
  for (const m of [...matchesNear(text, lower, PHOTO_CREDIT, ['(', ...LABEL_WORDS], 0).filter((m) => !runsIntoSentence(m[0], text, m.index + m[0].length)), ...matchesNear(text, lower, PHOTO_NOTE, ['ảnh'], 0)]) {
    credits.add({ index: m.index, end: m.index + m[0].length });
  }
  for (const label of matchesNear(text, lower, OPEN_CREDIT_LABEL, LABEL_WORDS, 0)) {
    if (credits.at(label.index)) continue;
    const end = openCreditEnd(text, label.index + label[0].length);
    if (end !== -1) credits.add({ index: label.index, end });
  }
  if (text.includes('Ảnh ')) {
    for (const m of text.matchAll(UNLABELLED_PHOTO_CREDIT)) {
      if (!credits.covers(m.index)) credits.add({ index: m.index, end: m.index + m[0].length, unlabelled: true });
    }
    for (const m of text.matchAll(UNLABELLED_NAME_IN_CAPITALS)) {
      const name = m[0].slice('Ảnh '.length).split(' ');
      if (name.every((word) => isNameSyllable(word)) && !credits.covers(m.index)) credits.add({ index: m.index, end: m.index + m[0].length, unlabelled: true });
    }
  }
  if (ILLUSTRATION_WORDS.some((word) => lower.includes(word))) {
    for (const m of text.matchAll(ILLUSTRATION_NOTE)) {
      if (!credits.covers(m.index)) credits.add({ index: m.index, end: m.index + m[0].length });
    }
  }
  if (lower.includes('(ảnh ')) {
    for (const m of text.matchAll(BRACKETED_PHOTO_CREDIT)) {
      if (!credits.covers(m.index)) credits.add({ index: m.index, end: m.index + m[0].length });
    }
  }
  if (lower.includes('ảnh internet') || lower.includes('ảnh facebook') || lower.includes('ảnh fb')) {
    for (const m of text.matchAll(PHOTO_FROM_WEB)) {
      if (!credits.covers(m.index)) credits.add({ index: m.index, end: m.index + m[0].length });
    }
  }
  if (text.includes('TTXVN') || text.includes('VNA')) {
    for (const m of matchesNear(text, lower, AGENCY_SIGNED_PHOTO, ['ttxvn', 'vna'], AGENCY_SIGNED_REACH)) {
      if (!credits.covers(m.index)) credits.add({ index: m.index, end: m.index + m[0].length });
    }
  }
  if (lower.includes('(nguồn') || lower.includes('( nguồn')) {
    for (const m of matchesNear(text, lower, SOURCE_AFTER_SENTENCE, ['(nguồn', '( nguồn'], 0)) {
      const end = m.index + m[0].length;
      if (!isArticleSource(text, m.index, end) && !credits.covers(m.index)) credits.add({ index: m.index, end });
    }
  }
  if (lower.includes('ồn:') || lower.includes('ồn :')) {
    for (const m of matchesNear(text, lower, OPEN_SOURCE_LABEL, ['nguồn'], 0)) {
      const end = openCreditEnd(text, m.index + m[0].length);
      if (end !== -1 && !isArticleSource(text, m.index, end) && !credits.covers(m.index)) credits.add({ index: m.index, end });
    }
  }
  if (lower.includes('ấp') && lower.includes('cung cấp')) {
    for (const m of text.matchAll(PROVIDED_PHOTO)) {
      const end = m.index + m[0].length;
      const same = credits.at(m.index);
      if (!same) credits.add({ index: m.index, end });
      else same.end = Math.max(same.end, end);
    }
  }
  return credits.list.sort((a, b) => a.index - b.index);
}

/**
 * The captions of `DESCRIBED_PHOTO` in a paragraph, a caption's length at most, where no credit
 * was found at the label. In the 5,000 corpus outputs 7 stood so, each read: 5 captions and
 * twice a credit naming an institution (`Ảnh: Bệnh viện đa khoa Hùng Vương.`), no prose.
 */
function describedPhotos(text: string, credits: readonly Credit[]): RegExpExecArray[] {
  const creditAt = new Set(credits.map((c) => c.index));
  return [...text.matchAll(DESCRIBED_PHOTO)].filter((m) => {
    if (creditAt.has(m.index) || (m.index === 0 && m[0].length >= text.trimEnd().length)) return false;
    const words = m[0].split(' ');
    if (words.length > INLINE_CAPTION_MAX_WORDS) return false;
    return !words.some((word, i) => i > 2 && /\p{Ll}$/u.test(words[i - 1]!) && opensSentence(word, words[i + 1]));
  });
}

export const inlineCaptionsRule: Rule = {
  name: 'inline-captions',
  run(ctx) {
    const blocks = bodyBlocks(ctx);
    // The first paragraph after the lead, in a collapsed dump: its opening is the top picture's.
    const opening = ctx.window === null ? blocks[1] : undefined;
    for (const block of blocks) {
      const text = block.text;
      const lower = lowerText(block);
      // A rare letter's search first (see mayHoldCredit).
      if (lower.includes('ể xem') && (lower.includes('để xem k') || lower.includes('để xem c'))) {
        for (const m of text.matchAll(CLICK_TO_ENLARGE)) addCut(block, { start: m.index, end: m.index + m[0].length, reason: 'caption', rule: 'inline-captions' });
      }
      if (!mayHoldCredit(lower)) continue;
      let previousEnd = 0;
      const credits = creditsIn(text, lower);
      // The top picture's source, opening the body (its caption was the lead, or dropped).
      const openingSource = block === opening ? OPENING_SOURCE.exec(text) : null;
      if (openingSource && !credits.some((c) => c.index === 0 && c.end > 0)) credits.unshift({ index: 0, end: openingSource[0].length });
      // `ảnh:` is rare, `trong` is not: the cheap search first.
      const mayHoldLabel = (lower.includes('ảnh:') || lower.includes('ảnh :')) && lower.includes('trong ảnh');
      for (const m of mayHoldLabel ? text.matchAll(IN_PHOTO) : []) {
        if (wordCount(m[0], INLINE_CAPTION_MAX_WORDS) > INLINE_CAPTION_MAX_WORDS) continue;
        if (m.index === 0 && m.index + m[0].length >= text.trimEnd().length) continue; // the whole line: the line rule's job
        addCut(block, { start: m.index, end: m.index + m[0].trimEnd().length, reason: 'caption', rule: 'inline-captions' });
        addCaption(ctx, m[0].trim());
      }
      for (const m of lower.includes('ảnh:') ? describedPhotos(text, credits) : []) {
        addCut(block, { start: m.index, end: m.index + m[0].length, reason: 'caption', rule: 'inline-captions' });
        addCaption(ctx, m[0]);
      }
      for (const m of credits) {
        // Inside the span of the credit before it (`Ảnh: Internet Ảnh: Internet`): cut with that one.
        if (m.index < previousEnd) continue;
        const end = m.end;
        // The caption's own sentence may end right before the credit: `Sạt lở đất. (Ảnh: X)`;
        // a gallery's previous credit ends the caption before it. Looked for no further back
        // than a caption's length: a start before that leaves the credit alone below anyway.
        let start = sentenceStart(text, endBefore(text, m.index), Math.max(previousEnd, startOfWordsBefore(text, m.index, OPENING_CAPTION_MAX_WORDS + 1)));
        previousEnd = end;
        // `Đáp án môn Vật lý: Đáp án được cung cấp bởi Tuyensinh247.com. Ảnh NC.`: a table's label
        // before the caption is the article's.
        if (m.unlabelled) start = Math.max(start, text.lastIndexOf(':', m.index) + 1);
        while (text[start] === ' ') start++;
        // A caption starts like a sentence; a lower-case start means the boundary was missed.
        if (/^\p{Ll}/u.test(text.slice(start, start + 1))) start = m.index;
        // After a list's number (`5. Lamborghini Miura Lamborghini Miura đã …`) the item's
        // heading runs into the caption with nothing between: only the credit goes.
        if (/(?:^|[.!?…:]["”]?\s)\d{1,2}\.\s*$/u.test(text.slice(Math.max(0, start - 8), start))) start = m.index;
        // Words someone said (`… gọi đi”. Ảnh minh họa`) are the article's, not a caption; so is
        // the sentence before an illustration from the web (`Ảnh minh họa: Internet` in a reader's
        // story): no caption was written for it.
        if (start < m.index && (endsInSpeech(text.slice(start, m.index).trimEnd()) || STOCK_PICTURE.test(text.slice(m.index, m.end)))) start = m.index;
        // A bare `Ảnh minh họa` marks a stock picture, which has no caption written for it: the
        // whole sentence before it is the article's, unless it is a label or echoes the article.
        if (start < m.index && BARE_ILLUSTRATION.test(text.slice(m.index, m.end)) && /[.!?…]["”’)]*\s*$/u.test(text.slice(start, m.index)) && !echoesArticle(ctx, block, start, m.index)) start = m.index;
        const opensBody = block === opening && text.slice(0, start).trim() === '' && !ATTRIBUTED.test(text.slice(start, start + 40));
        const maxWords = opensBody ? OPENING_CAPTION_MAX_WORDS : INLINE_CAPTION_MAX_WORDS;
        if (wordCount(text.slice(start, m.index), maxWords) > maxWords) start = m.index;
        if (start === 0 && end >= text.trimEnd().length) continue; // the whole line: the line rule's job
        // A credit alone after a paragraph's end that ends the text (`… nửa còn lại.  Ảnh:
        // Sina/Theo Ngôi Sao`) closes the article: the closing credit's.
        if (end >= text.trimEnd().length && /\s\s$/u.test(text.slice(0, m.index))) continue;
        // `… ý chí. Vũ Phượng - Ảnh: Ngọc Dương`: the author and the photographer, the closing credit's.
        if (end >= text.trimEnd().length && isBylineBeforePhotoCredit(text.slice(start, m.index))) continue;
        // A source that ends the paragraph may be the article's (`… (Nguồn: Reuters)`): the closing credit's.
        // Not a photo library's: Getty Images sells pictures, it publishes no articles.
        if (end >= text.trimEnd().length && /^\(\s*nguồn\s*:/iu.test(text.slice(m.index, m.index + 12)) && !PHOTO_LIBRARY.test(text.slice(m.index, end))) continue;
        // One word before the credit is its label's (`Nguồn ảnh: X`), no caption of its own.
        const captionCredit = wordCount(text.slice(start, m.index), 1) <= 1 ? start : m.index;
        addCut(block, { start, end, reason: 'caption', rule: 'inline-captions', captionCredit });
        addCaption(ctx, text.slice(start, end));
      }
    }
  },
};
