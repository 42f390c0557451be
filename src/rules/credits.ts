// Closing credits of Vietnamese articles, parsed into author / attribution / published:
// `Theo VOV`, `Theo Xuân Quảng/VnExpress.net`, `Nguyễn Quốc/SGGP`, `Đức Hạnh (SKĐS)`,
// `Trung Hùng (Tổng hợp theo báo Kiến thức, VTC)`, `Tin, ảnh: Xuân Triệu`,
// `Phúc Vũ - Thể thao Việt Nam | 19:55 06/02/2017`, labelled ones (`Đào Tùng - Ảnh: Reuters`,
// `Tin-ảnh: B.Vân`), or a name alone (`Nguyễn Hoàng`).
import { findDate } from './dates.js';
import { isInitialsName, isNameSyllable, looksLikeName, wordCount } from './text-shape.js';
import { collapseSpaces } from '../decode/normalize.js';

export interface Credit {
  author: string | null;
  attribution: string | null;
  published: string | null;
}

/**
 * Names that are publications or agencies, not people: a credit that is only one of these
 * (`VnExpress`, `TTXVN/Tin Tức`) is an attribution. Compared lower-cased, spaces folded.
 */
const KNOWN_PUBLICATIONS = new Set([
  'vnexpress', 'vnexpress.net', 'ttxvn', 'vov', 'vov.vn', 'vtv', 'vtc', 'vtc news', 'vtc14', 'dân trí', 'dantri',
  'tuổi trẻ', 'thanh niên', 'vietnam+', 'vietnamplus', 'zing', 'zing.vn', 'zingnews', 'kenh14', 'kênh 14',
  'trí thức trẻ', 'trithuctre', 'tin tức', 'báo tin tức', 'sggp', 'lao động', 'người lao động', 'nld',
  'tiền phong', 'vietnamnet', 'infonet', 'đất việt', 'soha', 'cafef', 'cafebiz', 'plo', 'pháp luật tp.hcm',
  'giáo dục việt nam', 'an ninh thủ đô', 'antt', 'công an nhân dân', 'cand', 'nhân dân', 'qđnd',
  'quân đội nhân dân', 'thể thao việt nam', 'bongda.com.vn', 'webthethao', '24h', 'eva', 'afamily',
  'ngoisao.net', 'yan', 'kiến thức', 'khám phá', 'skđs', 'sức khỏe & đời sống', 'người đưa tin',
  'dân việt', 'danviet', 'báo mới', 'baomoi', 'reuters', 'afp', 'ap', 'bbc', 'cnn', 'bloomberg', 'tass', 'sputnik',
  'ria novosti', 'xinhua', 'tân hoa xã', 'kyodo', 'yonhap', 'nhk', 'the guardian', 'the new york times',
  'chinhphu.vn', 'baochinhphu.vn', 'vnmedia', 'vtc.vn', 'gdtđ', 'giáo dục & thời đại', 'thời đại',
  'thể thao & văn hóa', 'thể thao và văn hóa',
]);

/** The last word of each known publication's name (`hóa` of `thể thao & văn hóa`). */
const PUBLICATION_LAST_WORDS = new Set([...KNOWN_PUBLICATIONS].map((name) => name.slice(name.lastIndexOf(' ') + 1)));

/** The first word of each known publication's name (`thể` of `thể thao việt nam`). */
const PUBLICATION_FIRST_WORDS = new Set([...KNOWN_PUBLICATIONS].map((name) => name.split(' ')[0]!));

/** Longer than any known name with its spaces, even a few doubled (checked before lower-casing). */
const KNOWN_PUBLICATION_MAX_CHARS = 48;

export function isKnownPublication(text: string): boolean {
  return text.length <= KNOWN_PUBLICATION_MAX_CHARS && KNOWN_PUBLICATIONS.has(collapseSpaces(text.toLowerCase()).trim());
}

/** A publication's name: a few words or a domain, no sentence inside. */
function looksLikePublication(text: string): boolean {
  const t = text.trim();
  if (isKnownPublication(t)) return true;
  if (!t || t.length > 60 || wordCount(t, 7) > 7) return false;
  if (/[.!?…]\s/.test(t) || /[:;"“”]/.test(t)) return false;
  // Each name of a list is one (`Dân Việt, Đất Việt`): words in lower case after a comma are a
  // clause (`Theo Hiệp hội Hồ tiêu, giá tiêu giảm.` is a sentence).
  const names = t.split(/\s*,\s*/u).filter((name) => name !== '');
  return names.length > 0 && names.every((name) => /^[\p{Lu}\d]/u.test(name) || DOMAIN_END.test(name));
}

const DOMAIN_END = /\.(?:vn|net|com|org)$/iu;

/** What an author did, in brackets after the name. */
const ROLES = String.raw`tổng hợp|t\/h|th|thực hiện|lược dịch|dịch|biên dịch|ghi|ghi chép|giới thiệu|sưu tầm|st|tường thuật|tổng hợp và dịch`;
const ROLE_CREDIT = new RegExp(
  String.raw`^(.+?)\s*(?:\(\s*(?:${ROLES})(?:\s+(?:theo\s+|từ\s+)?([^)]+))?\s*\)|\s(?:tổng hợp|thực hiện))(?:\s*theo\s+(.+))?$`,
  'iu',
);

/**
 * What an author did or drew on, noted between the name and the publication: `Hạ Vũ (Theo Daily
 * News) (Dân Việt)`, `Tào Nga (Tổng hợp) (Khám phá)`, `Hà My (TH)/Baodatviet.vn`, `Thanh Thanh
 * ghi (Khám phá)` (wrote down): 11 credits of the 5,000 corpus dumps.
 */
const NOTE_BEFORE_PUBLICATION = new RegExp(String.raw`\s*\((?:${ROLES}|theo)(?:\s[^()]*)?\)(?=\s*[(/])`, 'iu');
/** The note as a word in lower case (in capitals, `Ảnh: Tổng Hợp (Khám Phá)`, it is a credit's name). */
const NOTE_WORD_BEFORE_PUBLICATION = /\s(?:ghi|tổng hợp|thực hiện)(?=\s*[(/])/u;
/** A role alone where the name would stand (`Theo TH (Theo HTV) (Khám Phá)`): no author. */
const ROLE_ALONE = new RegExp(String.raw`^(?:${ROLES})$`, 'iu');

/**
 * A publication as a credit prints it after the author: `Theo Trí Thức Trẻ` (from), `Tổng hợp
 * (Khám Phá)` (compiled from), `VOV.VN Tổng hợp` → the publication's name (15 in the 5,000 dumps).
 */
function publicationAfterAuthor(text: string): string {
  const name = text.replace(/^theo\s+/iu, '').replace(/\s+tổng hợp$/iu, '');
  return clean(/^(?:tổng hợp|th|t\/h)\s*\(([^()]+)\)$/iu.exec(name)?.[1] ?? name);
}

/**
 * Spaces folded, separators trimmed from both ends (and full stops from the end). By char code:
 * `[\s,;:.-]+$` is tried at every character of a run of dots and ran quadratic on a long one.
 */
function clean(s: string | undefined): string {
  const text = collapseSpaces(s ?? '');
  let start = 0;
  let end = text.length;
  while (start < end && ' ,;:-'.includes(text[start]!)) start++;
  while (end > start && ' ,;:.-'.includes(text[end - 1]!)) end--;
  return text.slice(start, end);
}

export function parseCredit(raw: string): Credit | null {
  const trimmedRaw = raw.trim();
  const bracketed = /^\(([^()]*)\)$/u.exec(trimmedRaw)?.[1] ?? trimmedRaw;
  const inner = collapseSpaces(bracketed).trim();
  const credit = parseCreditShapes(raw);
  return credit ? authorApart(withoutRole(publicationOnly(credit, inner))) : null;
}

/**
 * A source glued to the author's name: before it (`Reuters Hồng Anh`, `Zing.vn Đào Bích`, the
 * label `Blog`), or after it (`Minh Giang - Dân Trí`, `Lê Thanh Hải Nguồn Entrepreneur`), and a
 * photographer's credit (`TẤN THANH - Ảnh NHÃ THY`, `Ảnh WP`). The name is the author; a source
 * after it is the attribution when the credit named none. 8 authors found in the 5,000 corpus
 * dumps were so (a read of the 219 that are not plain Vietnamese names).
 */
function authorApart(credit: Credit): Credit {
  const author = credit.author;
  // parseCredit runs on many tails of every text: most authors are one or two plain names.
  if (!author || !author.includes(' ')) return credit;
  // A photographer (`Ảnh NHÃ THY`): alone, no byline; after the author, no part of it.
  if (author.includes('Ảnh')) {
    if (author.startsWith('Ảnh ')) return { ...credit, author: null };
    const photographer = /^(.+?)\s+[-–]\s+Ảnh:?\s/u.exec(author);
    if (photographer && looksLikeName(photographer[1]!)) return { ...credit, author: photographer[1]! };
  }
  const labelled = author.includes('Nguồn');
  const after = labelled ? /^(.+?)\s+Nguồn:?\s+([\p{Lu}\d].*)$/u.exec(author) : /[-–]/u.test(author) ? /^(.+?)\s+[-–]\s+([^-–]+)$/u.exec(author) : null;
  if (after && looksLikeName(after[1]!) && (isKnownPublication(after[2]!) || (labelled && looksLikePublication(after[2]!)))) {
    return { ...credit, author: after[1]!, attribution: credit.attribution ?? after[2]! };
  }
  const words = author.split(' ');
  // The source before the name opens with a known publication's first word, a domain or `Blog`.
  const first = words[0]!;
  if (!PUBLICATION_FIRST_WORDS.has(first.toLowerCase()) && first !== 'Blog' && !first.includes('.')) return credit;
  for (let taken = Math.min(PUBLICATION_MAX_WORDS, words.length - 1); taken >= 1; taken--) {
    const lead = words.slice(0, taken).join(' ');
    if (!isKnownPublication(lead) && lead !== 'Blog' && !WEB_DOMAIN.test(lead)) continue;
    const name = words.slice(taken);
    if (name.every(isNameSyllable)) return { ...credit, author: name.join(' ') };
  }
  return credit;
}

/** `Zing.vn`, `vnexpress.net`: a site's domain. */
const WEB_DOMAIN = /^[\p{L}\d-]+\.(?:vn|com|net)$/iu;

/**
 * `CTV Nhật Minh/VOV.VN`: VOV marks a contributor (cộng tác viên) before the name, which is the
 * author without it. 22 of the authors found in the 5,000 corpus dumps opened so.
 */
function withoutRole(credit: Credit): Credit {
  const name = credit.author?.replace(/^CTV\s+(?=\p{Lu})/u, '');
  return name === credit.author ? credit : { ...credit, author: name ?? null };
}

function parseCreditShapes(raw: string): Credit | null {
  const trimmed = raw.trim();
  const cleaned = clean(/^\(([^()]*)\)$/u.exec(trimmed)?.[1] ?? trimmed);
  const text = labelledSource(cleaned.startsWith('Play') ? cleaned.replace(PLAYER_BUTTON, '') : cleaned);
  if (!text || text.length > 120) return null;
  let m: RegExpExecArray | null;
  // Each shape below is tried only when the text holds what a match needs (a `|`, `theo`, a
  // slash, a closing bracket): the lazy `^(.+?)…$` patterns backtrack over the whole line.
  const lower = text.toLowerCase();
  // The same credit printed twice: `Hà Khánh/VOV Hà Khánh/VOV`, `Theo X (Y) Theo X (Y)`, `PV PV`.
  // One syllable twice in mixed case is a pen name (`Linh Linh`, `Quyên Quyên`: 8 closing credits
  // of the 5,000 corpus dumps).
  const half = text.length >> 1;
  if (text.length % 2 === 1 && text[half] === ' ' && text.slice(0, half) === text.slice(half + 1) && !isReduplicatedName(text.slice(0, half))) {
    return parseCreditShapes(text.slice(0, half));
  }

  // A publication alone (`Dân trí`), or `Nguồn: VnExpress`.
  if (isKnownPublication(text)) return { author: null, attribution: text, published: null };
  // Where the reporter filed from, after the credit: `Anh Khoa (từ Cheonan, Hàn Quốc)`.
  if (text.endsWith(')') && (m = FILED_FROM.exec(text))) return parseCreditShapes(m[1]!);
  // Reporters named by their role: `Nhóm phóng viên`, `Phóng viên`, `Nhóm PV Thời sự`.
  if ((m = REPORTERS.exec(text))) return { author: clean(m[1]), attribution: null, published: null };
  // `Tham khảo: Engadget` ("referred to"): the 4 such closing lines of the 5,000 corpus outputs
  // each name the publication the article drew on.
  if (text.includes(':') && (m = SOURCE_LABELLED.exec(text))) {
    const source = clean(m[1]);
    // A source list that names its publication after `Theo` (`Nguồn tham khảo: SP Nhã An, Theo
    // Trí Thức Trẻ`) is read as the credit it holds.
    // After `Nguồn:` a clip's source may come before its author (`Nguồn: BayernCompHD Hạnh Chi
    // (T/h) Theo Đời sống Plus`, 4 closing lines of the 5,000 corpus dumps): the author is the
    // name that ends it.
    const held = /(?:^|\s)theo\s/iu.test(source) ? parseCreditShapes(source) : null;
    if (held) return { ...held, author: held.author && trailingName(held.author) };
    if (looksLikePublication(source)) return { author: null, attribution: source, published: null };
  }
  // The author, then the labelled source: `Trúc Phong Tham khảo: Telegraph`.
  if (text.includes(':') && (m = AUTHOR_THEN_SOURCE_LABELLED.exec(text)) && !/^nguồn$/iu.test(clean(m[1])) && looksLikeName(clean(m[1])) && looksLikePublication(clean(m[2]))) {
    return { author: clean(m[1]), attribution: clean(m[2]), published: null };
  }
  // A role before the name: `(Tổng hợp) Hoàng Yên`, `Tổng hợp: Cự Giải`, `* Anh Tuấn`. In
  // brackets as a whole, what follows the role is where it was compiled from: `(Tổng hợp
  // Dailymail)`, `(Tổng hợp theo báo Dân Việt, VOV)`, `(Lược dịch từ Goal)`.
  if ((m = /^(?:\*\s*|\(?(?:tổng hợp|thực hiện|biên dịch|lược dịch)\)?\s*:?\s*)(.+)$/iu.exec(text))) {
    const compiledFrom = /^\(.*\)$/u.test(trimmed) && /^(?:tổng hợp|biên dịch|lược dịch)\s/iu.test(text);
    const source = compiledFrom ? sourceName(clean(m[1]).replace(/^(?:theo|từ)\s+/iu, '')) : '';
    if (compiledFrom && (looksLikePublication(source) || looksLikeName(source))) return { author: null, attribution: source, published: null };
    if (!compiledFrom && looksLikeName(clean(m[1]))) return { author: clean(m[1]), attribution: null, published: null };
  }
  // Nguồn: Publication Author | 14:25 17/05/2017 (the source first, then its reporter)
  if (text.includes('|') && (m = /^nguồn\s*:\s*(.+?)\s*\|\s*(.+)$/iu.exec(text))) {
    const date = findDate(m[2] ?? '');
    const credit = date && publicationThenName(clean(m[1]));
    if (credit) return { ...credit, published: date.iso };
  }
  // Author - Publication | 19:55 06/02/2017
  if (text.includes('|') && (m = /^(.+?)\s+[-–]\s+(.+?)\s*\|\s*(.+)$/u.exec(text))) {
    const date = findDate(m[3] ?? '');
    if (date && looksLikeName(clean(m[1])) && looksLikePublication(clean(m[2]))) {
      return { author: clean(m[1]), attribution: clean(m[2]), published: date.iso };
    }
  }
  // Theo Author/Publication, Theo Publication
  const hasTheo = lower.includes('theo');
  // (`Theo Mayny, Clip: VTV`: a source, then a labelled credit.)
  if (hasTheo && (m = /^(?:nguồn\s*:?\s*)?theo(?:\s*:\s*|\s+)(.+)$/iu.exec(text))) {
    return fromSourceList(clean(m[1]), null) ?? (text.includes(':') ? labelledCredit(text) : null);
  }
  // Author (Theo Publication), Author - Theo Publication, Author Nguồn Theo Publication
  if (hasTheo && (m = /^(.+?)\s*(?:[-–(]\s*)?(?:nguồn\s*:?\s*)?theo\s+([^()]+?)\)?$/iu.exec(text)) && looksLikeName(clean(m[1]))) {
    return fromSourceList(clean(m[2]), clean(m[1]));
  }
  // Author (Tổng hợp), Author (Tổng hợp theo X, Y), Author (thực hiện), Author (t/h) Theo X:
  // the role says what the author did; a source after `theo` is the attribution.
  const mayHoldRole = text.includes('(') || lower.includes('tổng hợp') || lower.includes('thực hiện');
  if (mayHoldRole && (m = ROLE_CREDIT.exec(text)) && looksLikeName(clean(m[1]))) {
    const from = sourceName(clean(m[2] ?? m[3]));
    return { author: clean(m[1]), attribution: from || null, published: null };
  }
  // Tin, ảnh: Author / Bài, ảnh: Author / Ảnh: Author (as a closing credit)
  if (text.includes(':') && (m = /^(?:tin|bài|tin và ảnh|bài và ảnh)\s*(?:,|và)?\s*(?:ảnh)?\s*:\s*(.+?)(?:\s*\((.+)\))?$/iu.exec(text)) && looksLikeName(clean(m[1]))) {
    return { author: clean(m[1]), attribution: m[2] ? clean(m[2]) : null, published: null };
  }
  // Author/Publication, Author/Publication (Thực hiện)
  if (text.includes('/') && (m = /^([^/]+?)\s*\/\s*([^/()]+?)(?:\s*\((?:thực hiện|tổng hợp)\))?$/iu.exec(text))) {
    // A clip's or a picture's own source after it (`VOV.VN Nguồn clip VTV`) is not the publication's name.
    const publication = clean(m[2]).replace(MEDIA_SOURCE_AFTER, '');
    // The agency before its reporter (`TTXVN/Văn Đức`): the reporter is the author.
    if (isKnownPublication(clean(m[1])) && !isKnownPublication(publication) && vietnameseName(publication) === publication) {
      return { author: publication, attribution: clean(m[1]), published: null };
    }
    if (looksLikeName(clean(m[1])) && looksLikePublication(publication)) {
      return { author: clean(m[1]), attribution: publicationAfterAuthor(publication), published: null };
    }
  }
  // Author (Publication), Author (Nguồn: Publication, Publication): a labelled source may list several.
  if (text.endsWith(')') && (m = /^(.+?)\s*\((\s*nguồn\s*:)?([^()]+)\)$/iu.exec(text)) && looksLikeName(clean(m[1]))) {
    const source = clean(m[3]);
    if (looksLikePublication(source) || (m[2] !== undefined && looksLikeSourceList(source))) return { author: clean(m[1]), attribution: source, published: null };
    // Author (Ảnh: Photographer): the pictures' credit in brackets.
    if (m[2] === undefined && PHOTO_CREDIT_INSIDE.test(source)) return { author: clean(m[1]), attribution: null, published: null };
  }
  // Author | Theo Publication
  if (hasTheo && text.includes('|') && (m = /^([^|]+?)\s*\|\s*theo\s+([^|]+)$/iu.exec(text)) && looksLikeName(clean(m[1]))) {
    return fromSourceList(clean(m[2]), clean(m[1]));
  }
  // (Nguồn: Sina) Tường Vy, (Theo VOV) Minh Anh: the source in brackets, then the author.
  if (text.startsWith('(') && (m = /^\((?:nguồn\s*:|theo\s)\s*([^()]+)\)\s*(.+)$/iu.exec(text)) && looksLikeName(clean(m[2])) && looksLikePublication(clean(m[1]))) {
    return { author: clean(m[2]), attribution: clean(m[1]), published: null };
  }
  if (text.includes(':')) {
    const labelled = labelledCredit(text);
    if (labelled) return labelled;
  }
  // Name-shaped, but a publication's name (`CAND Online`).
  if (isMediaName(text)) return { author: null, attribution: text, published: null };
  if (looksLikeName(text)) return { author: text, attribution: null, published: null };
  return nameThenPublication(text);
}

/**
 * `Trần Trọng Thể thao & Văn hóa`, `Mạnh ĐứcThể thao & Văn hóa`: the author, then a known
 * publication with no mark between (a space at most). The name's words are all Vietnamese name
 * syllables, so a sentence that ends in a publication's name is none.
 */
function nameThenPublication(text: string): Credit | null {
  // Parsed many times a document, mostly not a credit: the last word first.
  const lastWord = text.slice(text.lastIndexOf(' ') + 1).toLowerCase();
  if (!PUBLICATION_LAST_WORDS.has(lastWord)) return null;
  const words = text.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').split(' ');
  for (let taken = Math.min(PUBLICATION_MAX_WORDS, words.length - 1); taken >= 1; taken--) {
    const publication = words.slice(-taken).join(' ');
    if (!isKnownPublication(publication)) continue;
    const name = words.slice(0, -taken);
    if (name.length > NAME_MAX_WORDS || !name.every(isCapitalisedNameWord)) return null;
    return { author: name.join(' '), attribution: publication, published: null };
  }
  return null;
}

/**
 * `Báo Đất Việt Gia Bảo`: a known publication (after `Báo` at most, kept as written), then the
 * name of its reporter or nothing.
 */
function publicationThenName(text: string): Omit<Credit, 'published'> | null {
  const words = text.split(' ');
  const taken = leadingPublicationLength(words);
  if (taken === 0) return null;
  const name = words.slice(taken);
  if (name.length > NAME_MAX_WORDS || !name.every(isCapitalisedNameWord)) return null;
  return { author: name.length > 0 ? name.join(' ') : null, attribution: words.slice(0, taken).join(' ') };
}

/**
 * How many of `words` the longest known publication at their start takes, with the `báo`
 * (newspaper) or `tờ` before it, or 0: `Báo Đất Việt …` → 3, `Người đưa tin Cú …` → 3.
 */
export function leadingPublicationLength(words: readonly string[]): number {
  const from = /^(?:báo|tờ)$/iu.test(words[0] ?? '') ? 1 : 0;
  for (let taken = Math.min(PUBLICATION_MAX_WORDS, words.length - from); taken >= 1; taken--) {
    if (isKnownPublication(words.slice(from, from + taken).join(' '))) return from + taken;
  }
  return 0;
}

/** The capitalised name words that end `text` (`Hạnh Chi` of `BayernCompHD Hạnh Chi`), or null. */
function trailingName(text: string): string | null {
  const words = text.split(' ');
  let from = words.length;
  while (from > 0 && isCapitalisedNameWord(words[from - 1]!)) from--;
  return from < words.length ? words.slice(from).join(' ') : null;
}

/** A known publication's name has this many words at most (`giáo dục & thời đại`). */
export const PUBLICATION_MAX_WORDS = 5;

/** A word of a person's name in a credit: capitalised, a name's syllable or initials, not `Theo`. */
function isCapitalisedNameWord(word: string): boolean {
  return /^\p{Lu}/u.test(word) && (isNameSyllable(word) || isInitialsName(word)) && !/^(?:theo|nguồn)$/iu.test(word);
}

/**
 * `Quốc Việt (từ Cheonan)`, `Anh Khoa (từ Cheonan, Hàn Quốc)`, `ĐĂNG HUỲNH (TỪ HÀN QUỐC)`: a
 * correspondent's credit says where it was filed from. The place is no part of the credit's
 * names. 10 closing credits of the 5,000 corpus dumps (one in capitals).
 */
const FILED_FROM = /^(.+?)\s*\((?:từ|TỪ)\s+\p{Lu}[^()]*\)$/u;
/**
 * A byline that names the reporters by their role alone, spelled out or not, with their desk or
 * paper after it: `Nhóm phóng viên`, `Phóng viên`, `Nhóm PV Thời sự`, `Nhóm PV Báo Tin Tức` (7
 * closing credits of the 5,000 corpus dumps; `PV` alone is a name's shape already).
 */
const REPORTERS = /^((?:[Nn]hóm\s+)?(?:[Pp]hóng viên|PV)(?:\s+\p{Lu}[\p{L}.]*(?:\s+[\p{L}.]+){0,3})?)$/u;

/** `Linh` of `Linh Linh`: one name syllable in mixed case. */
function isReduplicatedName(half: string): boolean {
  return isNameSyllable(half) && /\p{Ll}/u.test(half);
}

/**
 * A video player's button, printed before the byline under the clip: `Play  Mộc Chân (tổng
 * hợp)`. The 4 closing credits of the 5,000 corpus dumps that open with `Play` all stand so.
 */
const PLAYER_BUTTON = /^Play\s+(?=\p{Lu})/u;

/**
 * `Nguồn` (source) with no colon is the label all the same: `(Nguồn Dailymail)`, `Nguồn Youtube
 * Hà Linh (T/h) Theo …`, `Cha Chi (Nguồn China News)`. The 5 closing credits of the 5,000
 * corpus dumps that hold it so, at their start or in brackets, each name a source (none a
 * person), so the text is read as `Nguồn: …`.
 */
function labelledSource(text: string): string {
  return text.includes('Nguồn') ? text.replace(/(^|\()Nguồn\s+(?=[\p{Lu}\d])/u, '$1Nguồn: ') : text;
}

/** `Ảnh: Phạm Đức`: the pictures' credit, in brackets after the author's name. */
const PHOTO_CREDIT_INSIDE = /^ảnh\s*:\s*\p{Lu}/iu;

/** `Nguồn clip VTV`, `Nguồn ảnh: X` after a publication's name: the source of a clip or a picture. */
const MEDIA_SOURCE_AFTER = /\s+Nguồn\s+(?:clip|video|ảnh)\b.*$/u;

/**
 * A name that ends in an English media word (`CAND Online`, `Thanh Niên Online`, `Zing News`,
 * `VietTimes`, `Vnews`): a publication's, never a person's. The 5 closing credits of the 5,000
 * corpus dumps that were only such a name had each been read as the author.
 */
function isMediaName(text: string): boolean {
  if (!MEDIA_WORD_END.test(text)) return false;
  const words = text.split(' ');
  if (words.length > 4 || words.some((word) => /^(?:theo|nguồn)$/iu.test(word)) || /[:/]/u.test(text)) return false;
  return words.every((word) => /^[\p{Lu}\d]/u.test(word));
}

const MEDIA_WORD_END = /(?:online|news|times)$/iu;

/** The label of a source: `Nguồn:` (source), `Tham khảo:` (referred to), `Nguồn tham khảo:`. */
const SOURCE_LABEL = String.raw`(?:nguồn(?: tham khảo)?|tham khảo)\s*:\s*`;
/** `Nguồn: VnExpress`, `Tham khảo: Engadget`. */
const SOURCE_LABELLED = new RegExp(String.raw`^${SOURCE_LABEL}(.+)$`, 'iu');
/** `Trúc Phong Tham khảo: Telegraph`: the author, then the labelled source. */
const AUTHOR_THEN_SOURCE_LABELLED = new RegExp(String.raw`^(.+?)\s+${SOURCE_LABEL}(.+)$`, 'iu');

/** Who wrote it: `Bài:`, `Tin:`, `Tin-ảnh:`, `Tin, ảnh:`, `Bài và ảnh:`. */
const WRITER_LABEL = String.raw`(?:tin|bài)(?:\s*(?:[-–,]|và)?\s*ảnh)?`;
/** Who made the pictures: `Ảnh:`, `Video:`, `Clip:`, `Nguồn clip:`, `Xem video:`, `Đồ họa:`. */
const MEDIA_LABEL = String.raw`(?:nguồn\s+|xem\s+)?(?:ảnh|video|clip|đồ họa|đồ hoạ)`;
/** A label, with the separator before it (a dash, a comma, a semicolon or a space). */
const CREDIT_LABEL = new RegExp(String.raw`(?:^|\s*[-–,;]\s*|\s+)(?:(${WRITER_LABEL})|${MEDIA_LABEL})\s*:\s*`, 'giu');

/**
 * Credits that say who did what: `Đào Tùng - Ảnh: Reuters`, `Tin-ảnh: B.Vân`, `Bài: SỸ ĐÔNG;
 * Ảnh: HOÀNG TRIỀU`, `Ảnh: Việt Hùng - Video: Trần Anh`, `Theo Mayny, Clip: VTV`. Every label
 * names a person or a source; the words before the first label, if any, are a credit of their
 * own. The author is the one before the labels, else the writer's label's name; a photographer
 * alone gives none.
 */
export function labelledCredit(text: string): Credit | null {
  const labels = [...text.matchAll(CREDIT_LABEL)];
  if (labels.length === 0) return null;
  // A publication in brackets at the very end, after a credit before the labels, is that
  // credit's (`Theo Jay - Ảnh: Tổng Hợp (Khám Phá)`); after a label alone it may be the
  // photographer's (`Ảnh: Nguyễn Hưng (TTXVN)`).
  const closing = labels[0]!.index > 0 ? CLOSING_PUBLICATION.exec(text) : null;
  const publication = closing && closing.index > labels[0]!.index && looksLikePublication(clean(closing[1])) ? clean(closing[1]) : null;
  if (publication) text = text.slice(0, closing!.index);
  const lead = clean(text.slice(0, labels[0]!.index));
  const leadCredit = lead ? parseCreditShapes(publication ? `${lead} (${publication})` : lead) : null;
  if (lead && !leadCredit) return null;
  let writer: string | null = null;
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    const value = clean(text.slice(label.index + label[0].length, labels[i + 1]?.index ?? text.length));
    if (!looksLikeName(value) && !looksLikeSourceList(value)) return null;
    if (label[1] !== undefined) writer ??= value;
  }
  return { author: leadCredit ? leadCredit.author : writer, attribution: leadCredit?.attribution ?? null, published: null };
}

const CLOSING_PUBLICATION = /\s*\(([^()]+)\)\s*$/u;

/** `Reuters`, `Instagram, Zimbio`, `Sina/Theo Ngôi Sao`: a few capitalised names of sources. */
function looksLikeSourceList(text: string): boolean {
  const words = text.split(/\s*[,/]\s*|\s+/u);
  return words.length <= 4 && words.every((w) => isKnownPublication(w) || /^[\p{Lu}\d][\p{L}\d.&+-]*$/u.test(w));
}

/** A credit naming only a publication (`VnExpress`, `TTXVN/Tin Tức`) is an attribution. */
function publicationOnly(credit: Credit, text: string): Credit {
  const parts = text.split('/').map((p) => p.trim());
  if (credit.author && parts.every((p) => isKnownPublication(p) || p === '')) {
    return { author: null, attribution: text, published: credit.published };
  }
  return credit;
}

/**
 * A publication's name without the word for what it is, written in lower case before it: `báo
 * Dân Việt` → `Dân Việt`, `tờ Dailymail` → `Dailymail` (`Báo Mới` is a name, `báo chí` a word).
 */
function sourceName(text: string): string {
  return text.replace(/^(?:báo|tờ|tạp chí|trang|kênh|đài|hãng tin)\s+(?=[\p{Lu}\d])/u, '');
}

/** `Xuân Quảng/VnExpress.net` → author + publication; `VOV` → publication. */
function fromSourceList(listed: string, author: string | null): Credit | null {
  const source = sourceName(listed).replace(NOTE_BEFORE_PUBLICATION, '').replace(NOTE_WORD_BEFORE_PUBLICATION, '');
  // `Nhân dân Theo Nhân Dân`: two credits, not one source.
  if (/\sTheo\s/u.test(source)) return null;
  const slash = /^([^/]+?)\s*\/\s*(.+)$/u.exec(source);
  if (slash && looksLikeName(clean(slash[1])) && looksLikePublication(clean(slash[2]))) {
    return { author: author ?? clean(slash[1]), attribution: publicationAfterAuthor(slash[2] ?? ''), published: null };
  }
  // Theo Xuân Ngọc (VNE): the author, then the publication in brackets.
  const bracket = author === null ? /^([^()]+?)\s*\(([^()]+)\)$/u.exec(source) : null;
  if (bracket && looksLikeName(clean(bracket[1])) && looksLikePublication(clean(bracket[2]))) {
    return { author: ROLE_ALONE.test(clean(bracket[1])) ? null : clean(bracket[1]), attribution: clean(bracket[2]), published: null };
  }
  if (!looksLikePublication(source)) return null;
  // `Theo Trí Thức Trẻ Thúy Quỳnh`: a known publication, then its reporter's name.
  const named = author === null ? publicationThenName(source) : null;
  if (named?.author) return { ...named, published: null };
  return { author, attribution: source, published: null };
}

/** A person's name has a few words; more is a title or a sentence. */
const NAME_MAX_WORDS = 6;

/**
 * The person a short credit names (`Ngọc Mai`, `Theo Phạm Trường`, `Phùng Anh (VTV Online)`, `TP`),
 * when the name is written in Vietnamese syllables; a capitalised English label (`Related
 * Links`, `By Laura Mowat`) is none.
 */
export function vietnameseName(text: string): string | null {
  const credit = text.trim() ? parseCredit(text) : null;
  const name = credit?.author ?? credit?.attribution ?? null;
  if (!name || wordCount(name, NAME_MAX_WORDS) > NAME_MAX_WORDS || !looksLikeName(name)) return null;
  return name.split(/\s+/).every((word) => isNameSyllable(word) || isInitialsName(word) || BARE_INITIALS.test(word)) ? name : null;
}

/**
 * A byline line of a page in English: `By Laura Mowat`, `by European Space Agency`, `By Justine
 * Coleman - 11/18/19 11:04 PM EST`, `By Troy L. Smith, Cleveland.com`, `By Andy Sahadeo | Fox
 * News`: `By`, up to five capitalised words, then the desk or the date after a dash, a bar or a
 * comma at most. On the 91 page dumps of ../shared/bench 38 lines were so, 37 of them a byline
 * outside the gold body (the other: the same words inside a sentence of it). Its name is no
 * author here: metadata names Vietnamese authors only (see `vietnameseName`).
 */
const ENGLISH_BYLINE = /^[Bb][Yy]:?\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,4}(?:\s*[-–|,]\s*.{0,60})?$/u;
const ENGLISH_BYLINE_MAX_WORDS = 12;

export function isEnglishByline(text: string): boolean {
  const line = text.trim();
  return ENGLISH_BYLINE.test(line) && wordCount(line, ENGLISH_BYLINE_MAX_WORDS + 1) <= ENGLISH_BYLINE_MAX_WORDS;
}

/** Initials without dots, as short bylines print them: `TP`, `PV`, `HN`. */
const BARE_INITIALS = /^\p{Lu}{2,4}$/u;
