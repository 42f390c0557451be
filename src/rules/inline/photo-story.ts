// A photo story: an article told in its pictures' captions (`Chùm ảnh: …`, a gallery with a
// lead). Cutting the captions leaves a title, a lead and a few words, and loses the story; so
// where captions written as sentences hold more words than the prose the other rules leave
// after the lead, they are the article's text: they stay, and only their credits (`Ảnh: Duy
// Anh.`) go. The labelling rules cut captions, but keep a phrase that could be prose (losing
// prose is worse than keeping a caption): a caption that ends its sentence could be, one with
// no end mark (a gallery's run of captions, `caption-runs`) could not, and goes as before.
//
// Structure alone: the words of the caption cuts against the words left, whatever the language.
// Picture captions are the cuts that say where their credit starts (`Cut.captionCredit`).
import type { Rule } from '../rule.js';
import type { Block, Cut } from '../../types.js';
import { bodyBlocks, maskCuts, type DocContext } from '../context.js';
import { collapseSpaces } from '../../decode/normalize.js';
import { endsSentence, wordCount } from '../text-shape.js';

/** Fewer words of captions are a picture or two beside a short text, not a story told in them. */
const MIN_CAPTION_WORDS = 30;
/**
 * A story told picture by picture: this many credits at least, with no more than
 * MAX_WORDS_BETWEEN_CREDITS words left between two of them, before the first or after the last
 * (`Caption. Ảnh: Duy Anh. A sentence or two. Caption. Ảnh: Duy Anh. …`). Each picture's text is
 * then its caption and a sentence or two the caption rules left, and the captions are the story
 * even where the sentences left outnumber them. An article with pictures between its paragraphs
 * has longer stretches between its credits.
 */
const MIN_CADENCE_CREDITS = 5;
const MAX_WORDS_BETWEEN_CREDITS = 60;

/** Where a caption cut's caption (its credit aside) ends a sentence: the cut's credit start, else null. */
function sentenceCaptionEnd(block: Block, cut: Cut): number | null {
  if (cut.captionCredit === undefined) return null;
  const end = Math.min(cut.captionCredit, cut.end);
  return endsSentence(block.text.slice(cut.start, end).trimEnd()) ? end : null;
}

/** A caption cut that holds a credit and no caption (`Nguồn ảnh: Reuters.`). */
function isCreditAlone(block: Block, cut: Cut): boolean {
  return cut.captionCredit !== undefined && block.text.slice(cut.start, Math.min(cut.captionCredit, cut.end)).trim() === '';
}

/** A caption written as a sentence, cut as a photo story keeps it: its credit alone, or nothing. */
function creditOnly(block: Block): (cut: Cut) => Cut | null {
  return (cut) => {
    const end = sentenceCaptionEnd(block, cut);
    if (end === null) return cut;
    if (end >= cut.end) return null;
    return { ...cut, start: end };
  };
}

/** The words the cuts leave in the blocks; counting stops once there are more than `stopAfter`. */
function proseWords(blocks: readonly Block[], cutsOf: (block: Block) => readonly Cut[], stopAfter = Infinity): number {
  let words = 0;
  for (const block of blocks) {
    words += wordCount(maskCuts(block.text, cutsOf(block)), stopAfter - words);
    if (words > stopAfter) break;
  }
  return words;
}

/** A cut that holds a picture's credit (not a caption told by its place or scene alone). */
const holdsCredit = (cut: Cut): boolean => cut.captionCredit !== undefined && cut.captionCredit < cut.end;

/** Whether credits stand all through the blocks, each a few words from the next (see MIN_CADENCE_CREDITS). */
function creditCadence(blocks: readonly Block[]): boolean {
  let credits = 0;
  for (const block of blocks) for (const cut of block.cuts) if (holdsCredit(cut)) credits++;
  if (credits < MIN_CADENCE_CREDITS) return false;
  let between = 0;
  for (const block of blocks) {
    const masked = maskCuts(block.text, block.cuts);
    let from = 0;
    for (const cut of block.cuts.filter(holdsCredit).sort((a, b) => a.start - b.start)) {
      between += wordCount(masked.slice(from, cut.start), MAX_WORDS_BETWEEN_CREDITS);
      if (between > MAX_WORDS_BETWEEN_CREDITS) return false;
      between = 0;
      from = Math.max(from, cut.end);
    }
    between += wordCount(masked.slice(from), MAX_WORDS_BETWEEN_CREDITS);
    if (between > MAX_WORDS_BETWEEN_CREDITS) return false;
  }
  return true;
}

export const photoStoryRule: Rule = {
  name: 'photo-story',
  run(ctx: DocContext) {
    // After the lead, which is the article's whatever follows it.
    const blocks = bodyBlocks(ctx).slice(1);
    // The captions' words at most (cuts may overlap): most documents stop here, before any masking.
    let mostCaptionWords = 0;
    for (const block of blocks) {
      for (const cut of block.cuts) {
        const end = sentenceCaptionEnd(block, cut);
        if (end !== null) mostCaptionWords += wordCount(block.text.slice(cut.start, end));
      }
    }
    if (mostCaptionWords < MIN_CAPTION_WORDS) return;
    // Told picture by picture, or in captions that hold more words than the prose left.
    const cadence = creditCadence(blocks);
    const kept = proseWords(blocks, (block) => block.cuts, cadence ? Infinity : mostCaptionWords);
    // More prose than the captions could hold: no photo story, whatever the exact counts.
    if (!cadence && kept >= mostCaptionWords) return;
    const storyCuts = new Map(blocks.map((block) => [block, block.cuts.map(creditOnly(block)).filter((cut): cut is Cut => cut !== null)]));
    const captionWords = proseWords(blocks, (block) => storyCuts.get(block)!) - kept;
    if (captionWords < MIN_CAPTION_WORDS || (!cadence && captionWords <= kept)) return;
    // The captions the rules listed for these cuts: a cut's text, or its caption before the credit.
    const captionCuts = new Set<string>();
    for (const block of blocks) {
      for (const cut of block.cuts) {
        if (sentenceCaptionEnd(block, cut) === null && !isCreditAlone(block, cut)) continue;
        captionCuts.add(collapseSpaces(block.text.slice(cut.start, cut.end)).trim());
        captionCuts.add(collapseSpaces(block.text.slice(cut.start, Math.min(cut.captionCredit!, cut.end))).trim());
      }
      block.cuts = storyCuts.get(block)!;
    }
    // Captions kept as text are no longer the metadata's, and a credit alone names no picture.
    // Looked up whole: a search of each caption in every cut's text took time that grew as the
    // square of the captions (over the 5,000 corpus dumps, each caption dropped so was a cut's text).
    ctx.findings.captions = ctx.findings.captions.filter((caption) => !captionCuts.has(caption));
  },
};
