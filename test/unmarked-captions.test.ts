// Captions with no mark at all in collapsed bodies (src/rules/inline/unmarked-captions.ts): where
// run-on phrases are found, what of their shape is weighed, and the rule's decisions.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../src/index.js';
import { captionScore, phraseFeatures, runOnPhrases } from '../src/rules/inline/unmarked-captions.js';
import { CAPTION_MIN_SCORE } from '../src/rules/unmarked-caption-weights.js';

const phrasesOf = (text: string) => runOnPhrases(text).map(({ start, end }) => text.slice(start, end));

describe('run-on phrases', () => {
  it('finds a phrase between an end mark and a word that opens sentences, after a word in lower case', () => {
    expect(phrasesOf('Xe khách bị lật ở đèo. Lực lượng cứu hộ có mặt tại hiện trường Theo công an, xe mất phanh.')).toEqual([
      'Lực lượng cứu hộ có mặt tại hiện trường',
    ]);
    // At the paragraph's start too, and after a figure or a closing quote.
    expect(phrasesOf('Hiện trường vụ tai nạn sáng 12/3 Theo công an, xe mất phanh.')).toEqual(['Hiện trường vụ tai nạn sáng 12/3']);
    expect(phrasesOf('Ông nói. Đây là “điểm đen” giao thông ”Theo công an.')).toEqual([]);
    expect(phrasesOf('Ông nói. Đây là “điểm đen” Theo công an, xe mất phanh.')).toEqual(['Đây là “điểm đen”']);
  });

  it('finds none where the word before has an end mark or a colon, or the capitalised word opens no sentences', () => {
    expect(phrasesOf('Xe khách bị lật ở đèo Bảo Lộc. Theo công an, xe mất phanh.')).toEqual([]);
    expect(phrasesOf('Lực lượng cứu hộ cho biết: Theo công an, xe mất phanh.')).toEqual([]);
    // `Bảo Lộc` is a name's: no sentence opens there.
    expect(phrasesOf('Lực lượng cứu hộ có mặt tại đèo Bảo Lộc sau vụ tai nạn.')).toEqual([]);
  });

  it('counts words: fewer than three or more than 45 make no phrase, and the next one starts at the opener', () => {
    expect(phrasesOf('Tai nạn Theo công an, xe mất phanh.')).toEqual([]);
    const long = Array.from({ length: 46 }, () => 'xe').join(' ');
    expect(phrasesOf(`${long} Theo công an, xe mất phanh.`)).toEqual([]);
    // The phrase after an opener starts at it, however long the one before was.
    expect(phrasesOf(`${long} Theo công an xe mất phanh Trong khi đó, tài xế bỏ trốn.`)).toEqual(['Theo công an xe mất phanh']);
  });

  it('reads through runs of spaces left by the cuts before it', () => {
    expect(phrasesOf('Xe bị lật.      Lực lượng cứu hộ có mặt      tại hiện trường Theo công an, xe mất phanh.')).toEqual([
      'Lực lượng cứu hộ có mặt      tại hiện trường',
    ]);
  });
});

describe('what is weighed of a phrase', () => {
  const shape = {
    phrase: 'Lực lượng cứu hộ đưa chiếc xe khách bị lật ở đèo Bảo Lộc lên mặt đường',
    before: 'Lực lượng cứu hộ đã đưa chiếc xe khách bị lật lên đường.',
    after: 'Theo Công an tỉnh Lâm Đồng, xe mất phanh.',
    captionsFound: 0,
    phrases: 1,
  };

  it('names its length, marks, capitals, word pairs shared with the text around it, and the article’s counts', () => {
    expect(phraseFeatures(shape).sort()).toEqual(
      ['bias', 'words:24', 'pairs-before:2', 'pairs-after:0', 'capitals:0', 'captions-found:0', 'phrases:1'].sort(),
    );
    expect(phraseFeatures({ ...shape, phrase: 'Tài xế (trái), 45 tuổi: “Tôi không biết”', captionsFound: 5, phrases: 7 }).sort()).toEqual(
      ['bias', 'words:11', 'pairs-before:0', 'pairs-after:0', 'comma', 'colon', 'bracket', 'quote', 'figure', 'capitals:1', 'captions-found:2', 'phrases:3'].sort(),
    );
  });

  it('scores a caption that restates the sentence before it above the threshold, and the same with a comma below', () => {
    expect(captionScore(phraseFeatures(shape))).toBeGreaterThanOrEqual(CAPTION_MIN_SCORE);
    expect(captionScore(phraseFeatures({ ...shape, phrase: 'Lực lượng cứu hộ, công an đưa chiếc xe khách bị lật lên mặt đường' }))).toBeLessThan(CAPTION_MIN_SCORE);
  });
});

describe('the rule on collapsed dumps', () => {
  const TITLE = 'Xe khách lật xuống vực trên đèo Bảo Lộc, 5 người bị thương';
  const LEAD = 'Sáng 12/3, một xe khách chở 30 người bị lật xuống vực khi đổ dốc đèo Bảo Lộc.';
  const BEFORE = 'Đến trưa cùng ngày, lực lượng cứu hộ đã đưa chiếc xe khách bị lật lên mặt đường. Vụ tai nạn khiến 5 người bị thương nặng.';
  const CAPTION = 'Lực lượng cứu hộ đưa chiếc xe khách bị lật ở đèo Bảo Lộc lên mặt đường';
  const AFTER = 'Theo Công an tỉnh Lâm Đồng, xe khách bị mất phanh khi xuống dốc. Các nạn nhân đã được đưa đến bệnh viện.';
  const clean = (body: string) => {
    const result = cleanDocument([TITLE, LEAD, body].join('\n'), { site: 'generic' });
    if (!result.ok) throw new Error(result.error);
    return result.article;
  };

  it('cuts a caption that restates the sentence before it, and lists it', () => {
    const article = clean(`${BEFORE} ${CAPTION} ${AFTER}`);
    expect(article.text).toBe(`${TITLE}\n\n${LEAD}\n\n${BEFORE} ${AFTER}\n`);
    expect(article.metadata.captions).toEqual([CAPTION]);
  });

  it('keeps it in an article whose other pictures carry credits: such a site credits every picture', () => {
    const credited = 'Chiếc xe sau khi được đưa lên mặt đường. Ảnh: Văn Minh';
    const article = clean(`${BEFORE} ${CAPTION} ${AFTER} ${credited} Hai tài xế đã được đưa về trụ sở công an. Cơ quan chức năng đang điều tra vụ việc.`);
    expect(article.text).toContain(`${CAPTION} ${AFTER}`);
    expect(article.metadata.captions).not.toContain(CAPTION);
  });

  it('keeps a subheading (a few words) and a phrase that holds a comma (a sentence that lost its full stop)', () => {
    const heading = 'Tài xế khai bị mất phanh';
    expect(clean(`${BEFORE} ${heading} ${AFTER}`).text).toContain(`${heading} ${AFTER}`);
    const sentence = 'Lực lượng cứu hộ, công an và người dân đã đưa chiếc xe khách bị lật lên mặt đường';
    expect(clean(`${BEFORE} ${sentence} ${AFTER}`).text).toContain(`${sentence} ${AFTER}`);
  });

  it('leaves page dumps alone: their captions stand on lines of their own', () => {
    const menu = ['Trang chủ', 'Thời sự', 'Kinh tế', 'Thể thao'];
    const footer = ['Tin liên quan', 'Chia sẻ', 'Bình luận', 'Liên hệ quảng cáo', 'Bản quyền thuộc về báo X'];
    const page = [...menu, TITLE, 'Thứ hai, 12/3/2018 10:20', LEAD, `${BEFORE} ${CAPTION} ${AFTER}`, ...footer].join('\n');
    const result = cleanDocument(page, { site: 'generic' });
    if (!result.ok) throw new Error(result.error);
    expect(result.article.window).not.toBeNull();
    expect(result.article.text).toContain(`${CAPTION} ${AFTER}`);
  });
});

describe('the weights', () => {
  it('are what the labelled phrases give (scripts/unmarked-caption-weights.js --check)', () => {
    // Reads the compiled rule: `npm test` builds first.
    execFileSync(process.execPath, [path.join('scripts', 'unmarked-caption-weights.js'), '--check'], { stdio: 'pipe' });
  });
});
