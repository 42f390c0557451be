// Promotions inside a paragraph: `>> Xem thêm: <headline>`, `… TẠI ĐÂY`, `( CHI TIẾT )`,
// `<headline> <summary>. Bấm xem >>`, `Mời quý độc giả …`. The whole promo goes, its
// headline and summary included; the prose around it stays.
import type { Rule } from '../rule.js';
import { addCut, bodyBlocks, lowerText, maskCuts } from '../context.js';
import { matchesNear } from '../near.js';
import { parseCredit } from '../credits.js';
import { wordCount } from '../text-shape.js';
import { endBefore, sentenceStartsInOrder } from './sentences.js';

/**
 * `>> Xem thêm: headline` runs to a double space, the next `>>`, or the end of the line; with
 * no such end within a headline's length nothing is cut (the headline's end is unknowable).
 */
const SEE_MORE = />>>?\s*(?:xem thêm|đọc thêm|xem tiếp|xem|đọc)(?=[\s:]|$)[^>]{0,160}?(?=\s{2,}|\s*>>|$)/giu;
/** `>> … TẠI ĐÂY` or `Xem chi tiết … TẠI ĐÂY` (a link label printed in capitals). */
const HERE_LINK = /(?:>>\s*|(?<=^|[.!?…]\s+|\s{2,}))(?:(?!>>)[^.!?…]){0,160}?(?<=\s|^)TẠI ĐÂY(?=[\s.]|$)\.?/gu;
const DETAIL_LINK = /\(\s*CHI TIẾT\s*\)/gu;
/**
 * `Mời quý độc giả xem …`, `Mời các bạn theo dõi video dưới đây:`, `Mời quý vị …`: the reader
 * invited to see what the page showed (a player, a series), to its end mark or colon; a source
 * in brackets may stand in it. In the 5,000 corpus outputs 3 invitations to readers, viewers or
 * `các bạn` (you) were left, each a promo.
 */
const READERS_INVITED = /(?<=^|[.!?…]\s+|\s{2,})mời (?:quý )?(?:độc giả|bạn đọc|các bạn|vị|khán giả)(?=\s)(?:[^.!?…:()]|\([^()]{0,60}\)){0,160}[.!?…:]?/giu;
/** `Bấm xem >>` closes a teaser: its headline and one-sentence summary go with it. */
const CLICK_TO_SEE = /bấm xem(?: ngay)?\s*(?:>>|(?=\s*$))/giu;
/** A see-more label whose links the scraper dropped: `… Xem thêm:` at the end. */
const DANGLING_SEE_MORE = /(?<=^|[.!?…]["”]?\s+|\s{2,})(?:mời (?:bạn|quý độc giả) )?(?:xem thêm|đọc thêm|xem tiếp|mời xem)\s*:?\s*$/giu;
/** Cheap test before DANGLING_SEE_MORE, on the end of the line only. */
const DANGLING_LABEL = /(?:xem thêm|đọc thêm|xem tiếp|mời xem)\s*:?\s*$/u;
/** What a scraper saw instead of an embedded player. */
const PLAYER_FALLBACK = /(?:your )?browser (?:does )?not support (?:the )?(?:iframe|video)(?: tag)?\.?|this (?:slideshow|gallery|video|content) requires javascript\.?|trình duyệt (?:của bạn )?không hỗ trợ[^.]{0,40}\.?/giu;
/**
 * Other `>> …` link lines (hotlines, websites) in advertorials. A full stop inside a number or
 * a name (`gọi 1800.6955`, `bigbb.vn`) is no sentence's end.
 */
const CHEVRON_LINK = />(?<=(?:^|\s)>)>>?\s*(?:[^>.!?]|\.(?=\S)){1,120}?(?=\s{2,}|\s*>>|$)/gu;
/**
 * `>>>Mời độc giả xem video …: ` before the player the scraper dropped: to `tại đây:` when it
 * says so, else to its colon, with the player's `Nguồn video: X.` after it.
 */
const CHEVRON_INVITATION =
  /(?<=^|\s)>>>?\s*mời (?:quý )?(?:độc giả|bạn đọc|bạn)\s(?:[^>]{0,200}?tại đây\s*:|[^>:]{0,200}:)(?:\s*nguồn video\s*:\s*[^.]{1,40}\.(?=\s|$))?/giu;
/**
 * `(Xem tiếp)`, `(xem thêm)`, `(Mời xem tiếp bài 2)`: a link's label to the rest of the story at
 * its source, after each item of a digest or at the end (25 in 5 texts of the 5,000 corpus dumps;
 * in brackets, never a sentence's words).
 */
const BRACKETED_SEE_MORE = /\(\s*(?:mời (?:bạn |quý độc giả )?)?(?:xem|đọc) (?:tiếp|thêm)(?:\s+(?:bài|kỳ|kì|phần)\s*\d{1,2})?\s*\)/giu;
/**
 * A sentence that points at a link whose words are gone, in lower case: `Cách làm mắm tép chưng
 * thịt chi tiết tại đây.`, `Bạn có thể tìm hiểu thêm thông tin về các bản cập nhật tại đây.`,
 * `… có thể tải về Firefox Focus tại đây .` (details, see, download or learn more "here"). In the
 * 5,000 corpus outputs 9 sentences ended so, each a pointer; `tại đây` after other words is a
 * place (`… theo học tại đây.`) and stays. From its start or a colon to its end; not a list's
 * item (`- Môn Toán xem tại đây - Môn …`), whose neighbours would be left half cut; nor one
 * whose address follows it (`… vui lòng xem tại đây: http://…`): the link is still there.
 */
const HERE_POINTER =
  /(?<=^|[.!?…:]["”]?\s+)(?![-*•+]\s)[^.!?…:]{0,120}?(?:chi tiết|xem|tải về(?:\s+[^.!?…:\s]+){0,6}|tìm hiểu thêm(?:\s+[^.!?…:\s]+){0,8})\s+tại đây\s?[.!:]?(?=\s|$)(?!\s+(?:https?:\/\/|www\.))/gu;
/** A `>>>` left alone at the end: its link's text is gone. */
const BARE_CHEVRON = />(?<=(?:^|\s)>)>>?\s*$/gu;

/** Every promo but a dangling label holds one of these (lower case): one pass to rule them all out. */
const PROMO_HINT = />>|tại đây|chi tiết|mời|support|hỗ trợ|bấm xem|requires javascript|xem tiếp\s*\)|xem thêm\s*\)/;

/** The word some patterns always start with: they are tried where it stands only (see near.ts). */
const OPENING_WORDS = new Map<RegExp, string>([
  [SEE_MORE, '>>'],
  [CHEVRON_LINK, '>>'],
  [CHEVRON_INVITATION, '>>'],
  [BARE_CHEVRON, '>>'],
  [READERS_INVITED, 'mời'],
]);

export const promosRule: Rule = {
  name: 'promos',
  run(ctx) {
    for (const block of bodyBlocks(ctx)) {
      const text = block.text;
      const cut = (start: number, end: number) => addCut(block, { start, end, reason: 'promo', rule: 'promos' });
      const lower = lowerText(block);
      // Cheap checks first: most paragraphs hold no promo at all.
      if (!PROMO_HINT.test(lower) && !DANGLING_LABEL.test(lower.slice(-40))) continue;
      const patterns = [
        lower.includes('>>') && SEE_MORE,
        text.includes('TẠI ĐÂY') && HERE_LINK,
        text.includes('CHI TIẾT') && DETAIL_LINK,
        lower.includes('mời') && READERS_INVITED,
        lower.includes('>>') && CHEVRON_LINK,
        lower.includes('>>') && CHEVRON_INVITATION,
        lower.includes('>>') && BARE_CHEVRON,
        (lower.includes('xem tiếp') || lower.includes('xem thêm')) && BRACKETED_SEE_MORE,
        lower.includes('ại đây') && HERE_POINTER,
        DANGLING_LABEL.test(lower.slice(-40)) && DANGLING_SEE_MORE,
        (lower.includes('support') || lower.includes('hỗ trợ') || lower.includes('requires javascript')) && PLAYER_FALLBACK,
      ].filter((re): re is RegExp => re !== false);
      for (const re of patterns) {
        const opening = OPENING_WORDS.get(re);
        // An invitation may follow a caption cut before it, with no end mark between
        // (`… Ảnh: chụp màn hình Mời quý độc giả xem MV …:`): it is looked for with the cuts blanked.
        const source = re === READERS_INVITED && block.cuts.length > 0 ? maskCuts(text, block.cuts) : text;
        const matches = opening ? matchesNear(source, lower, re, [opening], 0) : source.matchAll(re);
        for (const m of matches) cut(m.index, bylineStart(text, m.index, m.index + m[0].length, opening));
      }
      if (lower.includes('bấm xem')) {
        // The teaser before `Bấm xem >>`: a headline has no full stop, so the headline and its
        // one-sentence summary read as one sentence ending at the marker.
        const sentenceStartAt = sentenceStartsInOrder(text);
        for (const m of text.matchAll(CLICK_TO_SEE)) cut(sentenceStartAt(endBefore(text, m.index)), m.index + m[0].length);
      }
    }
  },
};

/** A byline glued to a link's marker holds this many words at most. */
const BYLINE_MAX_WORDS = 8;

/**
 * Where a `>> …` link that ends the text turns out to be the byline (`Bấm xem >> Huyền Anh
 * (Tổng hợp MEN)`: the teaser's marker with the author's name after it), so that the credit is
 * left for the closing-credit rule; else the link's end.
 */
function bylineStart(text: string, start: number, end: number, opening: string | undefined): number {
  if (opening !== '>>' || end < text.trimEnd().length) return end;
  const link = text.slice(start, end);
  // After the marker, and its label (`>>> Xem thêm: Việt Hòa`, the links dropped).
  const name = link.replace(/^>>>?\s*(?:(?:xem thêm|đọc thêm|xem tiếp)\s*:\s*)?/iu, '');
  const credit = wordCount(name, BYLINE_MAX_WORDS) <= BYLINE_MAX_WORDS ? parseCredit(name) : null;
  return credit?.author ? start + link.length - name.length : end;
}

