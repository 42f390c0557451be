// Unit tests per rule, RuleTester style: small inputs (lines taken from real dumps) and what
// the rule must decide. Each runs the whole generic engine through cleanDocument.
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../src/index.js';
import { matchAgencyTag } from '../src/rules/inline/agency-tag.js';
import { isCaptionLine, isPlayerLabelLine } from '../src/rules/lines/captions.js';
import { isGluedHeadlines } from '../src/rules/lines/glued.js';
import { lastSentenceStart } from '../src/rules/inline/sentences.js';
import { applyCuts } from '../src/article/assemble.js';

function clean(lines: string[]) {
  const result = cleanDocument(lines.join('\n'), { site: 'generic' });
  if (!result.ok) throw new Error(result.error);
  return result.article;
}

function paragraphs(lines: string[]): string[] {
  return clean(lines).text.trimEnd().split('\n\n');
}

/**
 * The third line's paragraph with every cut but `rule`'s: what the other rules make of it. A
 * test of one rule's decision on a phrase of a caption's shape, which unmarked-captions weighs on
 * its own (a run-on phrase of 12 to 24 plain words in an article with no credited caption).
 */
function bodyWithout(lines: string[], rule: string): string {
  const block = clean(lines).blocks.find((b) => b.line === 3);
  if (!block) throw new Error('no third line');
  return applyCuts(block.text, block.cuts.filter((cut) => cut.rule !== rule));
}

const TITLE = 'Ngoại trưởng Nga và Mỹ đối thoại về mối quan hệ giữa hai nước';
const P1 = 'Người phát ngôn Bộ Ngoại giao Hoa Kỳ Ned Price hôm thứ Sáu (14/5) đã nêu chi tiết rằng Ngoại trưởng Blinken có kế hoạch thảo luận về tổng thể của mối quan hệ Mỹ-Nga.';
const P2 = 'Theo Bộ Ngoại giao Mỹ, cuộc gặp sắp tới diễn ra như một phần của nỗ lực lớn hơn nhằm đạt được mục tiêu của họ về một con đường ổn định hơn.';
/** A third sentence, for a text that would otherwise print one of the two above twice (a copy the repeated-sentences rule cuts). */
const P3 = 'Giới quan sát cho rằng hai bên sẽ bàn cả về kiểm soát vũ khí, an ninh mạng và tình hình Ukraine trong cuộc gặp này.';
/** A paragraph of prose longer than a small gallery's captions. */
const STORY = 'Theo các nhà phân tích, hai bên đã nhiều lần trao đổi qua điện thoại trong những tháng gần đây và đều cho rằng cần duy trì các kênh liên lạc thường xuyên. Họ cũng nhấn mạnh rằng những bất đồng về an ninh khu vực, thương mại và nhân quyền vẫn còn lớn, nhưng đối thoại trực tiếp là cách duy nhất để tránh hiểu lầm và tính toán sai.';

describe('agency tags', () => {
  it.each([
    ['(CLO) Ngoại trưởng Hoa Kỳ', 'CLO'],
    ['VOV.VN - Tổng thống Mỹ Joe Biden', 'VOV.VN'],
    ['ANTT.VN - Với tình hình kinh doanh', 'ANTT.VN'],
    ['(Baonghean) - Việc triển khai', 'Baonghean'],
    ['(Dân trí) - Sáng nay', 'Dân trí'],
    ['TPO - Chiều 12/3', 'TPO'],
    ['Online - Ngày 8-6, tại Cà Mau', 'Online'],
    ['GD&TĐ - Sáng nay, Bộ Giáo dục', 'GD&TĐ'],
    ['(PLO)- Chiều 12/3', 'PLO'],
    ['VTC News - Công an quận Hoàn Kiếm', 'VTC News'],
  ])('%s → %s', (text, tag) => {
    expect(matchAgencyTag(text)?.tag).toBe(tag);
  });

  it('cuts a tag that opens the body under a lead that has none, and keeps it as the source tag', () => {
    for (const [tag, opening] of [['TPO - ', 'TPO'], ['(PLO)- ', 'PLO']]) {
      const article = clean([TITLE, P2, `${tag}${P1}`]);
      expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1}\n`);
      expect(article.metadata.sourceTag).toBe(opening);
    }
    // The lead's own tag is the one kept; a second one in the body is left to the text.
    expect(clean([TITLE, `TPO - ${P2}`, P1]).metadata.sourceTag).toBe('TPO');
  });

  it.each(['HÀ NỘI - Sáng nay, Quốc hội', '(Ảnh: Reuters) Hai ngoại trưởng', 'Theo TASS, ngày 25/4', '(trái) và người đồng cấp'])(
    'leaves %s',
    (text) => {
      expect(matchAgencyTag(text)).toBeNull();
    },
  );

  it('cuts the tag from the lead only and records sourceTag', () => {
    const article = clean([TITLE, `(CLO) ${P1}`, P2]);
    expect(article.text).toBe(`${TITLE}\n\n${P1}\n\n${P2}\n`);
    expect(article.metadata.sourceTag).toBe('CLO');
  });
});

describe('captions', () => {
  it.each([
    'Hai ngoại trưởng của Mỹ và Nga dự kiến sẽ gặp nhau trong tuần tới - Ảnh: Reuters',
    'Tổng thống Mỹ Donald Trump và Tổng thống Nga Vladimir Putin. (Nguồn: AFP)',
    'Ngoại trưởng Nga Sergei Lavrov (trái) và người đồng cấp Mỹ Mike Pompeo. Ảnh: Getty.',
    'Moskva thông báo về khả năng tổ chức cuộc gặp thượng đỉnh Nga - Mỹ. Ảnh minh họa AFP/TTXVN',
  ])('a caption line: %s', (text) => {
    expect(isCaptionLine(text)).toBe(true);
  });

  it('keeps the prose before a caption on a short line: only the last sentence is the caption', () => {
    const caption = 'Người dân chờ xe buýt ở bến Mỹ Đình. Ảnh: Reuters';
    const article = clean([TITLE, P2, `${P1} ${caption}`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1}\n`);
    expect(article.metadata.captions).toEqual([caption]);
  });

  it('is not fooled by a sentence citing a source', () => {
    expect(isCaptionLine(P1)).toBe(false);
    expect(isCaptionLine('Theo số liệu của Tổng cục Thống kê, nguồn vốn tăng 5%.')).toBe(false);
  });

  it('drops a player label on a line of its own, and leaves the title, a paragraph and a glued credit', () => {
    const label = 'Clip: Trang trại nơi xảy ra vụ tai nạn lao động làm 5 người chết, 2 người bị thương.';
    const article = clean([TITLE, P1, label, P2]);
    expect(article.text).toBe(`${TITLE}\n\n${P1}\n\n${P2}\n`);
    expect(article.metadata.captions).toEqual([label]);
    expect(isPlayerLabelLine('Video: 16-inch MacBook Pro top features')).toBe(true);
    expect(isPlayerLabelLine('Video: Ronaldo ghi bàn. Trong trận đấu tối qua, anh đã ghi hai bàn thắng cho đội nhà.')).toBe(false);
    expect(isPlayerLabelLine('Clip: Lùng săn sung dược trong rừng cao su Theo Phước Tuấn (VnExpress)')).toBe(false);
    const titled = clean(['Video: Ô tô bất ngờ bốc cháy trên vỉa hè giữa trưa', P1, P2]);
    expect(titled.metadata.title).toBe('Video: Ô tô bất ngờ bốc cháy trên vỉa hè giữa trưa');
  });

  it('moves duplicated caption lines to captions, once', () => {
    const caption = 'Hai ngoại trưởng của Mỹ và Nga dự kiến sẽ gặp nhau trong tuần tới - Ảnh: Reuters';
    const article = clean([TITLE, P1, caption, caption, P2]);
    expect(article.text).toBe(`${TITLE}\n\n${P1}\n\n${P2}\n`);
    expect(article.metadata.captions).toEqual([caption]);
  });

  it('cuts an inline caption from the end of the previous sentence to the credit', () => {
    const body = 'Hiện có 12 người chết, 1 người mất tích. Sạt lở đất trên Quốc lộ 4D. (Ảnh: Hồng Ninh/TTXVN) Theo báo cáo nhanh của Văn phòng thường trực, mưa lũ còn kéo dài.';
    const article = clean([TITLE, P1, body]);
    expect(paragraphs([TITLE, P1, body])[2]).toBe('Hiện có 12 người chết, 1 người mất tích. Theo báo cáo nhanh của Văn phòng thường trực, mưa lũ còn kéo dài.');
    expect(article.metadata.captions).toEqual(['Sạt lở đất trên Quốc lộ 4D. (Ảnh: Hồng Ninh/TTXVN)']);
  });

  it('cuts a bare "Ảnh minh họa" marker alone after a whole sentence (a stock picture has no caption), with it a label or a copy', () => {
    const sentence = 'Các yếu tố cấu thành gồm chi phí trực tiếp, tiền lương, khấu hao…';
    expect(paragraphs([TITLE, P2, `${P1} ${sentence} Ảnh minh hoạ. ${P2}`])[2]).toBe(`${P1} ${sentence} ${P2}`);
    expect(paragraphs([TITLE, P2, `${P1} ${sentence} (Ảnh minh họa) ${P2}`])[2]).toBe(`${P1} ${sentence} ${P2}`);
    // The same words printed in the article too, there going on: the copy is the picture's.
    const quote = 'Tôi biết việc tôi cự tuyệt anh nhiều lần khiến anh không hài lòng và nghi hoặc.';
    const story = 'Tôi biết việc tôi cự tuyệt anh nhiều lần khiến anh không hài lòng và nghi hoặc nhưng những điều đó cũng không làm tôi bận tâm lắm.';
    expect(paragraphs([TITLE, P2, `${story} ${P1} ${quote} (Ảnh minh họa) ${P2}`])[2]).toBe(`${story} ${P1} ${P2}`);
    // So is a label of a few words, and the title said again under the picture.
    expect(paragraphs([TITLE, P2, `${P1} Tỏi ngâm giấm. Ảnh minh họa ${P2}`])[2]).toBe(`${P1} ${P2}`);
    expect(paragraphs([TITLE, P2, `${P1} ${TITLE}. (Ảnh minh họa) ${P2}`])[2]).toBe(`${P1} ${P2}`);
    // With no end mark of its own the words before it are a caption.
    expect(paragraphs([TITLE, P2, `${P1} Các cô gái vướng vào tình yêu với người đã có gia đình (Ảnh minh họa) ${P2}`])[2]).toBe(`${P1} ${P2}`);
  });

  it('keeps words someone said before a photo note or credit; a quoted term ends a caption', () => {
    const speech = [
      'Một người khác ủng hộ: “Tình một đêm mới thú vị. Nào, ông nào có thì gọi đi”.',
      'Cô ta ngang nhiên hỏi tôi: "Chị muốn gì?"',
      '“Anh thật giống bố mình!”',
    ];
    for (const said of speech) {
      expect(paragraphs([TITLE, P2, `${P1} ${said} Ảnh minh họa ${P2}`])[2]).toBe(`${P1} ${said} ${P2}`);
    }
    const caption = 'Cô gái bị chê vì 3 vòng "lép xẹp". Ảnh: Reuters';
    const article = clean([TITLE, P2, `${P1} ${caption} ${P2}`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1} ${P2}\n`);
    expect(article.metadata.captions).toEqual([caption]);
  });

  it('cuts an "Ảnh minh họa. Nguồn: X" note opening a collapsed body', () => {
    expect(paragraphs([TITLE, P2, `Ảnh minh họa. Nguồn: internet ${P1}`])[2]).toBe(P1);
  });

  it('ends a photo credit at its full stop, leaving the byline after it', () => {
    const article = clean([TITLE, P2, `${P1} Khu phố 7 (chấm đỏ) ở Phú Quốc. Ảnh: Google Maps. Việt Tường`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1}\n`);
    expect(article.metadata.captions).toEqual(['Khu phố 7 (chấm đỏ) ở Phú Quốc. Ảnh: Google Maps.']);
    expect(article.metadata.author).toBe('Việt Tường');
  });

  it('takes the name before a photo credit that ends the text as the byline, with a dash between or none', () => {
    for (const [ending, author] of [
      ['Vũ Phượng - Ảnh: Ngọc Dương', 'Vũ Phượng'],
      ['Mai Ngọc Ảnh: Luân Nguyễn', 'Mai Ngọc'],
      ['Vũ Phượng Ảnh: NVCC', 'Vũ Phượng'],
      ['Đỗ Huệ (Ảnh: Phạm Đức)', 'Đỗ Huệ'],
    ]) {
      const article = clean([TITLE, P2, `${P1} ${ending}`]);
      expect(article.text, ending).toBe(`${TITLE}\n\n${P2}\n\n${P1}\n`);
      expect(article.metadata.author, ending).toBe(author);
    }
  });

  it.each([
    ['Ảnh: NEWS.com.au/ TTXVN.', 'a domain and a slash'],
    ['Ảnh: Hồng Ninh/TTXVN.', 'a name and an agency'],
    ['Ảnh: AFP/Getty Images.', 'two agencies'],
  ])('ends an unbracketed photo credit (%s: %s) at its full stop', (credit) => {
    const article = clean([TITLE, P2, `${P1} Người dân chờ xe buýt ở bến Mỹ Đình. ${credit} ${P3}`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1} ${P3}\n`);
    expect(article.metadata.captions).toEqual([`Người dân chờ xe buýt ở bến Mỹ Đình. ${credit}`]);
  });

  it.each(['Trí Dũng/TTXVN', 'Hồng Điệp - TTXVN', 'Phương Hoa /TTXVN', 'AFP/TTXVN', 'TTXVN', 'Thống Nhất-TTXVN', 'Reuters', 'TASS', 'AFP/Getty Images'])(
    'ends a credit signed by an agency (Ảnh: %s) at the agency, with no full stop after it',
    (credit) => {
      const caption = `Thủ tướng Nguyễn Xuân Phúc tiếp ông Philipp Roesler. Ảnh: ${credit}`;
      const article = clean([TITLE, P2, `${P1} ${caption} ${P3}`]);
      expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1} ${P3}\n`);
      expect(article.metadata.captions).toEqual([caption]);
    },
  );

  it('ends a news agency\'s credit at its name, before a sentence that opens with a word in capitals', () => {
    const sentence = 'RPG-7 có kết cấu hết sức đơn giản, cấu tạo hình ống cỡ 40mm.';
    const article = clean([TITLE, P2, `${P1} Nguồn ảnh: TASS ${sentence}`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1} ${sentence}\n`);
  });

  it.each(['AFP', 'NVCC', 'Reuters', 'T.T', 'CNN/Facebook', 'HUY PHẠM', 'NGUYỄN ĐÌNH TOÁN'])(
    'ends a credit the next sentence follows at once where it is plain (Ảnh: %s)',
    (credit) => {
      const caption = `Người dân chờ xe buýt ở bến Mỹ Đình. Ảnh: ${credit}`;
      const article = clean([TITLE, P2, `${P1} ${caption} Theo thống kê, mỗi ngày có hơn 2.000 lượt xe.`]);
      expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1} Theo thống kê, mỗi ngày có hơn 2.000 lượt xe.\n`);
      expect(article.metadata.captions).toEqual([caption]);
    },
  );

  it('takes a photo signed for the agency with no label before the next sentence, and leaves a closing byline', () => {
    const caption = 'Lực lượng chống khủng bố điều tra tại hiện trường vụ nổ ngày 23/5. EPA/TTXVN';
    const article = clean([TITLE, P2, `${P1} ${caption} Theo cảnh sát Anh, nghi phạm đã chết.`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1} Theo cảnh sát Anh, nghi phạm đã chết.\n`);
    expect(article.metadata.captions).toEqual([caption]);
    expect(paragraphs([TITLE, P2, `${P1} Lễ hội kết thúc vào tối qua. Hoàng Ngọc - TTXVN`])[2]).toContain('Lễ hội kết thúc vào tối qua.');
  });

  it('takes a source in brackets between a closed caption and the next sentence, and leaves one before a closing credit', () => {
    const caption = 'Người phát ngôn Nhà Trắng Sean Spicer. (Nguồn: bostonherald)';
    const article = clean([TITLE, P2, `${P1} ${caption} ${P3}`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1} ${P3}\n`);
    expect(article.metadata.captions).toEqual([caption]);
    const cited = 'Hiện tại các con là ưu tiên hàng đầu trong cuộc sống của anh. (Nguồn: Dailymail)';
    expect(paragraphs([TITLE, P2, `${P1} ${cited} Linh Nguyễn / Theo Trí Thức Trẻ`])[2]).toContain(cited.slice(0, 40));
    // A source of figures is cited before the full stop.
    const figures = `${P1} Kim ngạch xuất khẩu đạt 10 tỷ USD (Nguồn: Tổng cục Hải quan). ${P2}`;
    expect(paragraphs([TITLE, P2, figures])[2]).toBe(figures);
  });

  it('takes the top picture\'s source that opens the body, and only there', () => {
    const article = clean([TITLE, P2, `(Nguồn: nydailynews.com) ${P1}`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1}\n`);
    const later = `(Nguồn: Tổng cục Thống kê) ${P2}`;
    expect(paragraphs([TITLE, P2, P1, later])[3]).toBe(later);
  });

  it('takes an unbracketed source between a closed caption and the next sentence, not the article\'s own', () => {
    const caption = 'Cảnh sát được điều động tới cầu London. Nguồn: AP';
    const article = clean([TITLE, P2, `${P1} ${caption} Trước đó, cảnh sát London đã phong tỏa khu vực.`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1} Trước đó, cảnh sát London đã phong tỏa khu vực.\n`);
    expect(article.metadata.captions).toEqual([caption]);
    // What follows is a footer with no sentence that ends: the source is the article's.
    const closing = `${P1} PV: Xin cám ơn Luật sư. Nguồn: tinnhanhonline.vn Đọc báo Pháp luật Đời Sống trong ngày cập nhật liên tục từng giờ tại chuyên mục Pháp Luật`;
    expect(paragraphs([TITLE, P2, closing])[2]).toContain('PV: Xin cám ơn Luật sư.');
  });

  it('takes a picture credited to the web or to a video (Ảnh facebook, (Ảnh internet), (Ảnh cắt từ clip), Ảnh minh họa, nguồn: X)', () => {
    for (const credit of ['Ảnh facebook', '(Ảnh internet)', 'Ảnh minh họa, nguồn: Baolongan.vn', 'Ảnh minh họa/nguồn internet.', '(Ảnh cắt từ clip)', '(ảnh cắt từ camera an ninh)', '(Ảnh chụp màn hình)']) {
      const caption = `Chiếc micro của anh Sáng bị cháy và hư hỏng hoàn toàn. ${credit}`;
      const article = clean([TITLE, P2, `${P1} ${caption} Anh Sáng cho biết chiếc micro mua trên mạng.`]);
      expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1} Anh Sáng cho biết chiếc micro mua trên mạng.\n`);
    }
    // In a sentence it goes on in lower case, and stays.
    const told = `${P1} Ảnh Facebook của anh đã bị xóa sau đó. ${P2}`;
    expect(paragraphs([TITLE, P2, told])[2]).toBe(told);
  });

  it('leaves a list item\'s heading when the caption after it runs into it', () => {
    const body = `${P1} 5. Lamborghini Miura Lamborghini Miura đã chứng minh đẳng cấp từ năm 1967 (ảnh internet) Đây là mẫu siêu xe đầu tiên.`;
    expect(paragraphs([TITLE, P2, body])[2]).toBe(`${P1} 5. Lamborghini Miura Lamborghini Miura đã chứng minh đẳng cấp từ năm 1967 Đây là mẫu siêu xe đầu tiên.`);
  });

  it('takes a credit after a double space, and leaves one that ends the text to the closing credit', () => {
    const article = clean([TITLE, P2, `${P1} Gốc cây bị cưa xăng phạt ngang, đứt lìa.  Ảnh: Đình Văn Đã có 54 cây gỗ bị cắt thành lóng.`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1} Đã có 54 cây gỗ bị cắt thành lóng.\n`);
    const closing = clean([TITLE, P2, `${P1} Đôi uyên ương khiến khán giả ngưỡng mộ bởi những cử chỉ tình tứ.  Ảnh: Sina/Theo Ngôi Sao`]);
    expect(closing.text).toContain('Đôi uyên ương khiến khán giả ngưỡng mộ');
  });

  it('takes `Ảnh do X cung cấp` after a caption with it', () => {
    const article = clean([TITLE, P2, `${P1} Thuốc lắc được giấu trong bịch cà phê - Ảnh do Công an cung cấp Ma túy được sản xuất dưới dạng bột.`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1} Ma túy được sản xuất dưới dạng bột.\n`);
  });

  it('takes a credit that opens a paragraph, its caption having ended the line before', () => {
    const article = clean([TITLE, P2, P1, 'Ảnh: AFP Các nhà nghiên cứu nói rằng phát hiện trên có ý nghĩa lớn.']);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1}\n\nCác nhà nghiên cứu nói rằng phát hiện trên có ý nghĩa lớn.\n`);
  });

  it.each([
    // `cung cấp` before a word in lower case is the sentence's.
    ['Ảnh: Vân Ly', 'Các nhà cung cấp dịch vụ đã khắc phục sự cố.'],
    // A title in capitals before a name is the sentence's; so is a foreign name's second word.
    ['Ảnh: Đ.V', 'HLV Hữu Thắng đánh giá cao bộ đôi tiền vệ.'],
    ['Ảnh: RIA', 'Novosti Đây là cuộc gặp đầu tiên của hai người.'],
  ])('keeps all of the sentence after a credit whose end is not plain: %s %s', (credit, sentence) => {
    const body = `${P1} Người dân chờ xe buýt ở bến Mỹ Đình. ${credit} ${sentence}`;
    expect(paragraphs([TITLE, P2, body])[2]).toContain(` ${sentence}`);
  });

  it('takes `Ảnh: chụp màn hình` after a caption as its note', () => {
    const article = clean([TITLE, P2, `${P1} Chia sẻ của Minh Tú. Ảnh: chụp màn hình Về phía Minh Tú, cô không trả lời.`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1} Về phía Minh Tú, cô không trả lời.\n`);
    const clip = clean([TITLE, P2, `${P1} Nhóm côn đồ tấn công 2 cảnh sát. Ảnh: Cắt từ clip Liên quan đến sự việc, công an đã vào cuộc.`]);
    expect(clip.text).toBe(`${TITLE}\n\n${P2}\n\n${P1} Liên quan đến sự việc, công an đã vào cuộc.\n`);
  });

  it.each([
    // Two name syllables before a sentence that opens with capitalised words.
    ['Ảnh: Hồng Đức', 'Phó Chủ tịch UBND tỉnh cho biết việc này đã được làm rõ.'],
    ['Ảnh: VGP/Quang Hiếu', 'Việt Nam coi Nhật Bản là đối tác quan trọng hàng đầu.'],
    // A word that opens sentences and is a name's syllable too (`Đáng chú ý`, `Trần Đáng`).
    ['Ảnh: Trần Đáng', 'Theo Hiệp hội Hồ tiêu, giá tiêu giảm.'],
    // A publication named partly in lower case before a word that opens sentences.
    ['Ảnh: Báo giao thông', 'Cuối năm 2016, Hạ Vi nhiều lần nói về chuyện này.'],
    ['Ảnh: Hà Nội mới', 'Các tỉnh thường tổ chức ngày thơ.'],
    ['Ảnh: Khỏe và đẹp', 'Khi mới bắt đầu rơi vào nghi vấn hẹn hò thì cả hai đều im lặng.'],
  ])('takes a credit whose end is found after all, with its caption: %s %s', (credit, sentence) => {
    const caption = `Người dân chờ xe buýt ở bến Mỹ Đình. ${credit}`;
    const article = clean([TITLE, P2, `${P1} ${caption} ${sentence}`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1} ${sentence}\n`);
    expect(article.metadata.captions).toEqual([caption]);
  });

  it('takes a label followed by what the picture shows, and leaves a credit followed by a sentence', () => {
    const caption = 'Ảnh: Máy bay ném bom B-1B Lancer của Mỹ thực hiện ném bom tiêu diệt mục tiêu.';
    const article = clean([TITLE, P2, `${P1} ${caption} ${P3}`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1} ${P3}\n`);
    expect(article.metadata.captions).toEqual([caption]);
  });

  it('takes the caption and two syllables of a longer credit, and leaves the sentence whole', () => {
    const body = `${P1} Người dân chờ xe buýt ở bến Mỹ Đình. Ảnh: Lê Anh Dũng Hàng cây bị chặt trong đêm.`;
    const kept = paragraphs([TITLE, P2, body])[2]!;
    expect(kept).not.toContain('Người dân chờ xe buýt');
    // Not a word of the sentence is lost (the credit's third syllable is left before it: a
    // sentence opening with a name looks the same).
    expect(kept).toContain(' Hàng cây bị chặt trong đêm.');
  });

  it.each([
    // A figure or a bracket after three syllables: the third may be the credit's.
    'Ảnh: Lê Anh Dũng 6h sáng, Hà Nội đã nắng chói chang.',
    'Ảnh: Trần Chí Hùng (P/v TTXVN tại Campuchia) Theo phóng viên, cử tri đã đi bầu.',
    // A word in capitals next: it may be the credit's.
    'Ảnh: THE AUSTRALIAN/KCNA Tại châu Á, căng thẳng vẫn kéo dài.',
    // The next credit's label, with a figure: no sentence opens there (after 21487827).
    'Ảnh: DAILY MAIL Ảnh 3: Cựu tổng thống 55 tuổi vẫn chơi lướt sóng.',
    // A web address before a word in lower case: the address may be the sentence's subject.
    'Ảnh: Airlines.net cho biết hàng cây bị chặt trong đêm.',
  ])('leaves a credit whose end is not plain: %s', (rest) => {
    const body = `${P1} Người dân chờ xe buýt ở bến Mỹ Đình. ${rest}`;
    expect(paragraphs([TITLE, P2, body])[2]).toBe(body);
  });

  it.each([
    // A credit in mixed case before a word that opens sentences.
    ['Đình Văn', 'Có lóng đã được gọt thành hộp vuông.'],
    ['VGP/Quang Hiếu', 'Đây là hội nghị lớn nhất từ trước tới nay.'],
    ['Hoàng Anh', '“Việc này không chỉ của riêng ai”, ông nói.'],
    ['Tuệ Minh', 'Ông Trần Đức Phấn cho biết như vậy.'],
    // Two syllables, then a capitalised word before one in lower case: that word opens the sentence.
    ['Lưu Thủy', 'Vàng miếng giảm giá mạnh trong phiên sáng nay.'],
    ['Dân trí', 'Trước đó, phòng cảnh sát đã đọc lệnh bắt.'],
    // A web source in lower case.
    ['giaoduc.net', 'Ngày 12/5, Bộ trưởng đã trả lời chất vấn.'],
    ['reuters', 'Hãng hàng không cho biết động cơ bị hỏng.'],
    // A web address, capitalised or not, alone or in a list: an address goes on with no word,
    // so the sentence after it opens there, also with a word in capitals.
    ['Airlines.net', 'P-13M được đánh giá là tương đương với mẫu AIM-9.'],
    ['businesstimes.com.sg', 'IMF hạ dự báo tăng trưởng của khu vực.'],
    ['kobieta.onet.pl, as-de.ru', 'Căn hộ 30m2 rộng thoáng bất ngờ.'],
    // A name in capitals before a sentence; an agency before a name of two syllables.
    ['GETTY IMAGES', 'Dấu hỏi về năng lực vẫn còn đó.'],
    ['CHANNEL NEWS ASIA', 'Nhà nghiên cứu cấp cao nhận định như vậy.'],
    // A foreign name in mixed case before a Vietnamese syllable that a word in lower case follows.
    ['US Navy', 'Tàu USS Cheyenne dài 110m, chở theo 130 thủy thủ.'],
    ['Jato Dynamics', 'Nhìn vào thống kê, Toyota vẫn dẫn đầu.'],
    // A Vietnamese name in capitals, two syllables or more, before an abbreviation or a figure.
    ['TẤN LỘC', 'HĐXX nhận định hành vi của các bị cáo là nguy hiểm.'],
    ['HUY PHẠM', 'HLV Hữu Thắng cũng chia sẻ về đội tuyển.'],
    ['PHẠM HUY', '90 phút hòa 1-1, hai đội bước vào loạt luân lưu.'],
    ['VGP/Quang Hiếu', 'Thủ tướng đặt vấn đề hợp tác.'],
    // A name in mixed case before an abbreviation: no word in capitals goes on such a name.
    ['Lê Tiên', 'UBND tỉnh khẳng định công tác tổ chức đã đúng quy định.'],
    ['báo Lao Động', 'UBND huyện đã chỉ đạo làm rõ sự việc.'],
    // A sentence opening with a word of one letter, which is no word in capitals.
    ['Đăng Huỳnh', 'Ở buổi họp báo sau trận đấu, FIFA không cho phép quay phim.'],
    ['T.L', 'Ê kíp của ca sĩ vừa gửi phản hồi.'],
    // `Theo` (according to) in capitals: a sentence or a closing credit starts, never a name goes on.
    ['L H', 'Theo đó, phòng cảnh sát đã đọc lệnh bắt.'],
    ['The Daily Signal', 'Theo The Daily Beast, ông Cotton phát biểu tại Viện AEI.'],
    // Who provided the picture: `cung cấp` ends the credit.
    ['Gia đình cung cấp', 'Mẹ mất, cậu bé được người bác nuôi.'],
    ['Cơ quan điều tra cung cấp.', 'Theo thông tin ban đầu, nghi can đã bỏ trốn.'],
  ])('ends a credit (Ảnh: %s) where the sentence after it plainly opens', (credit, next) => {
    const caption = `Người dân chờ xe buýt ở bến Mỹ Đình. Ảnh: ${credit}`;
    const article = clean([TITLE, P2, `${P1} ${caption} ${next}`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1} ${next}\n`);
    expect(article.metadata.captions).toEqual([caption]);
  });

  it.each([
    ['Những đối tượng bị bắt giai đoạn 1 - Ảnh: SƠN BÌNH', 'a dash before the label'],
    ['Ngân hàng Nhà nước yêu cầu đảm bảo thời gian phục vụ của hệ thống ATM. Ảnh minh họa: TTXVN', 'an illustration with a credit'],
    ['Kết quả kinh doanh của HAGL từ năm 2012 đến nay. Đồ họa: Lee Nguyễn.', "a graphic's credit"],
    ['Quyết định bắt tạm giam bị can của cơ quan chức năng (Ảnh. PLO)', 'a full stop for the colon'],
    ['Lại thêm một phát hiện về sữa mẹ. Ảnh: Daily Mail', "a source's name in two words"],
  ])('cuts a caption with its credit: %s (%s)', (caption) => {
    const article = clean([TITLE, P2, `${P1} ${caption} Các nhà nghiên cứu cho biết kết quả sẽ được công bố.`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1} Các nhà nghiên cứu cho biết kết quả sẽ được công bố.\n`);
    expect(article.metadata.captions).toEqual([caption]);
  });

  it('cuts a second credit inside the first one with it, and leaves the closing credit after them', () => {
    const caption = 'Chúng không chỉ giúp cân bằng cơ thể, còn là trang phục không bao giờ lỗi mốt. Ảnh: Internet Ảnh: Internet';
    const article = clean([TITLE, P2, `${P1} ${caption} Theo Khoevadep`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1}\n`);
    expect(article.metadata.captions).toEqual(['Chúng không chỉ giúp cân bằng cơ thể, còn là trang phục không bao giờ lỗi mốt. Ảnh: Internet', 'Ảnh: Internet']);
    expect(article.metadata.attribution).toBe('Khoevadep');
  });

  it('keeps the sentence before an illustration from the web: no caption was written for it', () => {
    const said = 'Ông bảo với tôi, những lá thư này là vô giá, vì bà đã không còn nữa.';
    expect(paragraphs([TITLE, P2, `${P1} ${said} Ảnh minh họa: Internet ${P2}`])[2]).toBe(`${P1} ${said} ${P2}`);
  });

  it('does not take six words after "Ảnh:" for a credit, nor a credit with no end', () => {
    for (const body of [
      `${P1} Người dân chờ xe buýt. Ảnh: Một Hai Ba Bốn Năm Sáu. ${P3}`,
      `${P1} Người dân chờ xe buýt. Ảnh: Reuters cho biết ${P3}`,
    ]) {
      expect(paragraphs([TITLE, P2, body])[2]).toBe(body);
    }
  });

  it('keeps "ảnh minh họa" in a sentence (an illustration someone drew)', () => {
    const body = 'Sau khi được trải nghiệm các hệ thống đường sắt đô thị tại Thái Lan, tháng 11-2016, anh Sơn vẽ ảnh minh họa cho dự án của mình.';
    expect(paragraphs([TITLE, P2, body])[2]).toBe(body);
  });

  it('keeps a bare (ảnh) pointing at a photo', () => {
    const body = 'Cảnh sát sẽ khởi tố nghi phạm Shibuya Yasumasa (ảnh) trong nghi án giết hại bé Lê Thị Nhật Linh, chín tuổi, quốc tịch Việt Nam.';
    expect(paragraphs([TITLE, P1, body])[2]).toBe(body);
  });
});

describe('captions that point at people by position', () => {
  const body = (...sentences: string[]) => paragraphs([TITLE, P1, sentences.join(' ')]).slice(2).join('\n\n');
  const NEXT = 'Ở hiệp 2, Hà Nội I chơi chậm lại để dưỡng sức nhưng các nữ học trò của ông Vũ Bá Đông cũng không thể gây khó dễ.';

  it('cuts a caption with its own end mark, and one without before a word that opens sentences', () => {
    const caption = 'Tổng thống Nga Vladimir Putin (trái) trong cuộc hội đàm với người đồng cấp Mỹ Donald Trump.';
    expect(body(P2, caption, NEXT)).toBe(`${P2} ${NEXT}`);
    const unmarked = 'Hà Nội II (áo đỏ) hoàn toàn lép vế trước Hà Nội I';
    expect(body(P2, unmarked, NEXT)).toBe(`${P2} ${NEXT}`);
    const article = clean([TITLE, P1, `${P2} ${unmarked} ${NEXT}`]);
    expect(article.metadata.captions).toEqual([unmarked]);
  });

  it('runs on through a name to a second marker, and past an abbreviation whose full stop ends no sentence', () => {
    const caption = 'Tổng thống Mỹ Donald Trump (phải) trong cuộc hội đàm với Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan (trái) tại Washington DC. ngày 16/5.';
    expect(body(P2, caption, NEXT)).toBe(`${P2} ${NEXT}`);
  });

  it('cuts nothing where the end is not known: a capitalised word after one in lower case, and no marker after it', () => {
    const text = `${P2} Chị Huề (bên trái) và chị Hồng đã khỏe lại Chị Huề cho biết tuần nào cũng đi khám.`;
    expect(body(text)).toBe(text);
  });

  it("keeps a sentence that opens with a clause, a speaker's label in a transcript, and a bracket that is no position", () => {
    for (const sentence of [
      'Tuy nhiên, hôm 10-1, quốc vương Maha Vajiralongkorn (giữa ảnh) đã đưa ra yêu cầu thay đổi một số điều khoản của dự thảo hiến pháp.',
      'TS. Lê Doãn Hợp (trái): "Nghiêm túc với nhau chính là đạo đức, dễ dãi với nhau mới là tội ác".',
      'Mẫu thiết kế được gọi là “áo dài cách tân” (áo phối với váy đụp) đang được nhiều bạn gái ưa chuộng.',
    ]) {
      expect(body(P2, sentence, NEXT)).toBe(`${P2} ${sentence} ${NEXT}`);
    }
  });

  it('keeps what runs long after the marker: the next sentence may have lost its start', () => {
    const text = `${P2} Danny Lee Harris (bìa trái) giành HCB Olympic năm 1984 HLV 51 tuổi từng giành HCB Olympic điền kinh 400 m vượt rào năm 1984 và làm huấn luyện viên tại đây.`;
    expect(body(text)).toBe(text);
  });
});

describe('section runs and teasers', () => {
  it('drops a related list and teaser cards (title twice, SITE - blurb, category label)', () => {
    const article = clean([
      TITLE, P1, P2, 'Tin liên quan',
      'Tổng thống Biden điện đàm với Tổng thống Ukraine', 'Tổng thống Biden điện đàm với Tổng thống Ukraine',
      'VOV.VN - Tổng thống Mỹ Joe Biden ngày 11/12 đã có cuộc điện đàm với Tổng thống Ukraine Volodymyr Zelensky.',
      'Thế giới 24h',
      'Gia Lai: Tăng cường xử lý các phương tiện vi phạm', 'Gia Lai: Tăng cường xử lý các phương tiện vi phạm',
      '(CLO) Thời gian vừa qua, có một số phương tiện giao thông vận tải vi phạm về chở hàng quá tải.',
    ]);
    expect(article.text).toBe(`${TITLE}\n\n${P1}\n\n${P2}\n`);
    expect(article.metadata.stats.removedByReason['section-heading']).toBe(1);
    expect(article.metadata.stats.removedByReason['teaser']).toBeGreaterThanOrEqual(3);
  });

  it('drops a related headline set inside the body once the related list prints it again', () => {
    const link = 'Lũ lớn ở Lai Châu khiến 1 người chết, 4 người mất tích';
    const article = clean([TITLE, P1, link, P2, 'Tin liên quan', link, 'Tổng thống Biden điện đàm với Tổng thống Ukraine']);
    expect(article.text).toBe(`${TITLE}\n\n${P1}\n\n${P2}\n`);
    // Without the list, the same line is an intertitle for all anyone can tell.
    expect(clean([TITLE, P1, link, P2]).text).toContain(link);
  });

  it('drops only the heading when prose follows it (an empty "Bài liên quan" mid-body)', () => {
    const article = clean([TITLE, P1, 'Bài liên quan', P2]);
    expect(article.text).toBe(`${TITLE}\n\n${P1}\n\n${P2}\n`);
  });

  it('knows English section headings, with a trailing ellipsis (the HTML path meets English pages)', () => {
    const article = clean([TITLE, P1, P2, 'You may also like...', 'Who will make the Rock Hall in 2020?', 'Fans really want The Doobie Brothers in the Rock Hall']);
    expect(article.text).toBe(`${TITLE}\n\n${P1}\n\n${P2}\n`);
    expect(article.metadata.stats.removedByReason['section-heading']).toBe(1);
  });
});

describe('duplicates', () => {
  it('keeps the copy of a repeated paragraph that stands among prose', () => {
    const glued = 'Tổng thống Donald Trump mời Tổng thống Vladimir Putin thăm MỹTổng thống Trump nhận định tích cực về cuộc gặpBộ trưởng Quốc phòng Mỹ để ngỏ khả năng đàm phán';
    const article = clean([TITLE, P2, glued, 'Ảnh: Getty.', P1, P2, 'Ngoại trưởng Mỹ Pompeo cũng xác nhận sẽ tiếp tục đàm phán với người đồng cấp về Syria.']);
    expect(article.text).toBe(`${TITLE}\n\n${P1}\n\n${P2}\n\nNgoại trưởng Mỹ Pompeo cũng xác nhận sẽ tiếp tục đàm phán với người đồng cấp về Syria.\n`);
  });

  it('drops the title repeated on the line under it', () => {
    expect(clean([TITLE, TITLE, P1]).text).toBe(`${TITLE}\n\n${P1}\n`);
  });

  it('cuts a lead repeated at the start of a collapsed body', () => {
    const lead = 'Chỉ sau 19 ngày công chiếu, phim đã thu hút hơn 6,2 triệu lượt khán giả tới rạp xem.';
    const collapsed = `${lead} Đây là vai hành động đầu tiên của Hyun Bin trên màn bạc nên anh dồn nhiều tâm huyết.`;
    expect(paragraphs(['Phim hành động thu hút khán giả', lead, collapsed])[2]).toBe('Đây là vai hành động đầu tiên của Hyun Bin trên màn bạc nên anh dồn nhiều tâm huyết.');
    // Also behind a caption cut at the body's start.
    expect(paragraphs(['Phim hành động thu hút khán giả', lead, `Ảnh minh họa (Nguồn: Internet) ${collapsed}`])[2]).toBe('Đây là vai hành động đầu tiên của Hyun Bin trên màn bạc nên anh dồn nhiều tâm huyết.');
  });

  // Sentences around the copies below, and the body paragraph they are cleaned in.
  const BEFORE = 'Theo trang tin CGTN, những con hổ này là thành viên của Công viên hổ Siberia.';
  const AFTER = 'Tuy nhiên, thực ra, những con hổ ở đây phải ăn nhiều hơn để thích ứng với thời tiết lạnh.';
  const body = (text: string) => paragraphs(['Những chú hổ béo nhất thế giới', P1, text])[2];

  describe('a sentence printed again without its full stop, run into the next one (a caption or pull quote)', () => {
    const SENTENCE = 'Người dân ở đây đùa rằng hổ béo như vậy là do ăn quá nhiều trong dịp Tết Nguyên đán vừa qua';

    it('cuts the copy, before the next sentence or at the paragraph end, and keeps the sentence', () => {
      expect(body(`${BEFORE} ${SENTENCE}. ${SENTENCE} ${AFTER}`)).toBe(`${BEFORE} ${SENTENCE}. ${AFTER}`);
      expect(body(`${SENTENCE} “Chúng đã quá béo”, ông nói. ${SENTENCE}. ${AFTER}`)).toBe(`“Chúng đã quá béo”, ông nói. ${SENTENCE}. ${AFTER}`);
      expect(body(`${BEFORE} ${SENTENCE}. ${AFTER} ${SENTENCE}`)).toBe(`${BEFORE} ${SENTENCE}. ${AFTER}`);
    });

    it.each([
      ['a copy the sentence goes on after, in lower case', `${SENTENCE}. ${AFTER} ${SENTENCE} nên ai cũng cười.`],
      ['a copy the sentence goes on after, in a bracket', `${SENTENCE}. ${AFTER} ${SENTENCE} (CGTN) Hổ vẫn khỏe.`],
      ['a short copy: a section heading that repeats a headline', `Ông Vinh nói: Tôi sẽ tiếp tục chiến đấu. ${AFTER} Ông Vinh nói: Tôi sẽ tiếp tục chiến đấu ${BEFORE}`],
    ])('keeps %s', (_, text) => {
      expect(body(text)).toBe(text);
    });

    it('keeps a sentence whose full stop stands after a cut span: the sentence, not a copy of it', () => {
      expect(body(`${BEFORE} ${SENTENCE} <script>x()</script>. ${AFTER}`)).toBe(`${BEFORE} ${SENTENCE}. ${AFTER}`);
    });

    it('keeps a whole paragraph that lacks the full stop: a lead, not a copy run into anything', () => {
      expect(paragraphs(['Những chú hổ béo nhất thế giới', SENTENCE, `${SENTENCE}. ${AFTER}`])[1]).toBe(SENTENCE);
    });
  });

  describe("a sentence's opening clause printed again after it, run into the next sentence (a caption)", () => {
    const CLAUSE = 'Những con hổ ở công viên này có thể là những con hổ béo nhất trên thế giới';

    it('cuts the copy of the clause before a comma or a dash, and keeps the sentence', () => {
      expect(body(`${CLAUSE}, theo trang CGTN. ${AFTER} ${CLAUSE} ${BEFORE}`)).toBe(`${CLAUSE}, theo trang CGTN. ${AFTER} ${BEFORE}`);
      expect(body(`${CLAUSE} – một điều ai cũng thấy. ${AFTER} ${CLAUSE} ${BEFORE}`)).toBe(`${CLAUSE} – một điều ai cũng thấy. ${AFTER} ${BEFORE}`);
    });

    it.each([
      ['a copy before the sentence (a section heading its sentence repeats)', `${BEFORE} ${CLAUSE} ${AFTER} ${CLAUSE}, theo trang CGTN.`],
      ['the same sentence with its comma left out', `${CLAUSE}, Tuy nhiên là chúng vẫn khỏe. ${AFTER} ${CLAUSE} Tuy nhiên là chúng vẫn khỏe.`],
      ['a copy that ends a quotation', `“${CLAUSE}”, ông nói. ${AFTER} “${CLAUSE}” ${BEFORE}`],
      ['a copy of fewer than ten words', `Những con hổ ở đây béo nhất thế giới, theo CGTN. ${AFTER} Những con hổ ở đây béo nhất thế giới ${BEFORE}`],
    ])('keeps %s', (_, text) => {
      // The clause is a caption's length: what unmarked-captions makes of it is not this rule's.
      expect(bodyWithout(['Những chú hổ béo nhất thế giới', P1, text], 'unmarked-captions')).toBe(text);
    });

    it("keeps a copy of the lead's clause: a digest's lead lists the headlines that head its sections", () => {
      const text = `${AFTER} ${CLAUSE} ${BEFORE}`;
      expect(bodyWithout(['Những chú hổ béo nhất thế giới', `${CLAUSE}, hổ ăn nhiều… là những tin nóng nhất.`, text], 'unmarked-captions')).toBe(text);
    });
  });
});

describe('glued headlines', () => {
  it('spots headlines rendered without spaces', () => {
    expect(isGluedHeadlines('Quan chức Nga: Mối quan hệ Nga-Mỹ sẽ sớm được cải thiệnNga, Mỹ nhất trí kéo dài lệnh ngừng bắn mong manh tại SyriaNga-Mỹ đạt thỏa thuận đột phá về vấn đề Syria')).toBe(true);
  });

  it('leaves brand names in prose', () => {
    expect(isGluedHeadlines('Người dùng có thể tải ứng dụng TikTok và YouTube về điện thoại iPhone của mình để xem video.')).toBe(false);
  });

  it('finds glue between any lower-case letter and capital, Vietnamese, Greek or outside the BMP', () => {
    const headlines = (glue: string) => `Giá vàng hôm nay tăng mạnh${glue}hàng loạt ngân hàng giảm lãi suất cho vay mua nhà`;
    expect(isGluedHeadlines(headlines('Ở'))).toBe(true); // hỞ: a Vietnamese capital after a lower-case letter
    expect(isGluedHeadlines(headlines('ωΩ sau đó Ngân'))).toBe(true);
    expect(isGluedHeadlines(headlines('\u{1D44E}\u{1D434} sau đó Ngân'))).toBe(true); // math italic a, A
    expect(isGluedHeadlines(headlines(' – '))).toBe(false);
  });
});

describe('credits, end marker and datelines', () => {
  it('moves closing credit lines to the metadata', () => {
    const article = clean([TITLE, P1, P2, 'Nguyễn Hoàng', 'Theo VOV']);
    expect(article.text).toBe(`${TITLE}\n\n${P1}\n\n${P2}\n`);
    expect(article.metadata.author).toBe('Nguyễn Hoàng');
    expect(article.metadata.attribution).toBe('VOV');
  });

  it('cuts the line of the source\'s link that closes the article, with the credits above it', () => {
    const article = clean([TITLE, P1, P2, 'Nguyễn Hoàng', 'Link bài gốc Lấy link! https://tienphong.vn/can-canh-trai-lon-post1860982.tpo']);
    expect(article.text).toBe(`${TITLE}\n\n${P1}\n\n${P2}\n`);
    expect(article.metadata.author).toBe('Nguyễn Hoàng');
    // A sentence that ends in a link is the article's.
    const sentence = 'Toàn văn báo cáo được đăng trên trang của Bộ Tài chính tại địa chỉ https://mof.gov.vn/bao-cao';
    expect(clean([TITLE, P1, P2, sentence]).text).toBe(`${TITLE}\n\n${P1}\n\n${P2}\n\n${sentence}\n`);
  });

  it('cuts a trailing credit from a collapsed body', () => {
    const body = `${P2} Theo Xuân Quảng/VnExpress.net`;
    const article = clean([TITLE, P1, body]);
    expect(article.text).toBe(`${TITLE}\n\n${P1}\n\n${P2}\n`);
    expect([article.metadata.author, article.metadata.attribution]).toEqual(['Xuân Quảng', 'VnExpress.net']);
  });

  it('cuts a trailing credit when the body is the only paragraph', () => {
    const article = clean([TITLE, `${P2} Huyền Trang`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n`);
    expect(article.metadata.author).toBe('Huyền Trang');
  });

  it('cuts a credit that no full stop separates from the text, when it cannot be prose', () => {
    const caption = 'Chờ lấy phiếu mua vàng tại chi nhánh SJC Nguyễn Thị Minh Khai (quận 3, TP.HCM)';
    const cases: [string, string, string | null, string | null][] = [
      [`${caption} Ngọc Dương (thực hiện)`, caption, 'Ngọc Dương', null],
      [`${caption} Theo Trí Thức Trẻ`, caption, null, 'Trí Thức Trẻ'],
      [`${caption} (Khám Phá)`, caption, null, 'Khám Phá'],
      [`Ông nói: "Chúng tôi sẽ tiếp tục theo dõi" Theo Thế Anh/Người đưa tin`, 'Ông nói: "Chúng tôi sẽ tiếp tục theo dõi"', 'Thế Anh', 'Người đưa tin'],
      // A name's words are taken only when they can be Vietnamese (Barca stays), two at most.
      ['Ảnh chế: trọng tài bị tố nhận tiền của Barca T.C Tổng hợp', 'Ảnh chế: trọng tài bị tố nhận tiền của Barca', 'T.C', null],
      [`Bộ trưởng Ngoại giao Phạm Bình Minh Thái An - Trần Thường (Theo VGP)`, 'Bộ trưởng Ngoại giao Phạm Bình Minh', 'Thái An - Trần Thường', 'VGP'],
      // Grown, the name stays the author's: a table's last cell is no part of it.
      ['Hình thức cắt điện: KẾ HOẠCH Theo An Nhi/Reatimes', 'Hình thức cắt điện: KẾ HOẠCH', 'An Nhi', 'Reatimes'],
      // A name alone after a bracket, a quotation's close or a date: no sentence ends so.
      [`${caption} Ngọc Dương`, caption, 'Ngọc Dương', null],
      ['Top các siêu sao đắt giá nhất theo định giá của CIES (Đơn vị: triệu bảng) Tiến Long', 'Top các siêu sao đắt giá nhất theo định giá của CIES (Đơn vị: triệu bảng)', 'Tiến Long', null],
      ['Xin chào ngài Ms Ngọc Việt Nam ngày 6/2/2017 Khánh Ngọc', 'Xin chào ngài Ms Ngọc Việt Nam ngày 6/2/2017', 'Khánh Ngọc', null],
      ['Thanh Niên Online (27/04/2016 ) Trần Chánh Nghĩa', 'Thanh Niên Online (27/04/2016 )', 'Trần Chánh Nghĩa', null],
      // Two name syllables after a word in lower case, found nowhere else in the article: a byline.
      ['Những thời điểm tuyệt đối không nên tắm cho trẻ Phương Vũ', 'Những thời điểm tuyệt đối không nên tắm cho trẻ', 'Phương Vũ', null],
      // A name before a dash that ends the text (its publication gone), with its initials before it.
      ['Tàu ngầm lớp Kilo hoạt động ở các vùng nước châu Á. Đặng Phương Thảo -', 'Tàu ngầm lớp Kilo hoạt động ở các vùng nước châu Á.', 'Đặng Phương Thảo', null],
      ['Quân đội Syria tiến công ở thành phố Daraa NT Nguyễn Thuận -', 'Quân đội Syria tiến công ở thành phố Daraa', 'Nguyễn Thuận', null],
      // `PV` (the reporter) after a word in lower case: the byline of a text that lost its last full stop.
      ['Chị diện áo dài màu xanh với hoa văn thêu khá tinh xảo PV', 'Chị diện áo dài màu xanh với hoa văn thêu khá tinh xảo', 'PV', null],
      // A foreign word that ends the text before a byline in Vietnamese letters or initials is the text's.
      ["Video chiến thắng 'kinh khủng' của Lazio trước Sampdoria Xú - Thể thao Việt Nam | 19:45 09/05/2017", "Video chiến thắng 'kinh khủng' của Lazio trước Sampdoria", 'Xú', 'Thể thao Việt Nam'],
      ['Lịch thi đấu: 03:00 Paris Saint Germain ? - ? Lille  H.L', 'Lịch thi đấu: 03:00 Paris Saint Germain ? - ? Lille', 'H.L', null],
      ['Top 10 bàn thắng: 09. Raul Garcia Vs Deportivo 10. Marco Asensio Vs Real Sosiedad T.H', 'Top 10 bàn thắng: 09. Raul Garcia Vs Deportivo 10. Marco Asensio Vs Real Sosiedad', 'T.H', null],
      // A title, an initial or a foreign given name before the name is the byline's.
      [`${caption}. BS. Hoàng Thuần`, `${caption}.`, 'BS. Hoàng Thuần', null],
      [`${caption}. Roger Bui`, `${caption}.`, 'Roger Bui', null],
    ];
    for (const [body, kept, author, attribution] of cases) {
      const article = clean([TITLE, P1, body]);
      expect(article.text, body).toBe(`${TITLE}\n\n${P1}\n\n${kept}\n`);
      expect([article.metadata.author, article.metadata.attribution], body).toEqual([author, attribution]);
    }
    // What could be prose stays: a bracket that is no credit, a lower-case `theo`, a name after a
    // code number, words in lower case after a quotation.
    for (const body of [`${caption} (Mỹ)`, 'Giá bản đầy đủ: 74.765 USD (1,7 tỷ đồng)', 'Giá vàng thế giới đã tăng mạnh theo Reuters', 'Mọi ủng hộ xin gửi về tài khoản của báo, ghi rõ: Mã số 276 Hà Dương', 'Cô ấy đã bị "bắt cóc" trẻ em', 'Mức phạt được tính cho từng lỗi vi phạm (theo Nghị định 100/2019)', 'Người sử dụng đất có quyền chuyển nhượng (Theo Luật Đất đai)', 'Phạm tội thì bị phạt tù từ 1 năm đến 3 năm. (Theo Điều 145 BLHS)', 'Ông Sơn Tùng phát biểu tại hội nghị. Cuộc họp kết thúc với lời cảm ơn của Sơn Tùng']) {
      expect(clean([TITLE, P1, body]).text, body).toBe(`${TITLE}\n\n${P1}\n\n${body}\n`);
    }
  });

  it('cuts a publisher footer from the end of a collapsed body, and finds the byline before it', () => {
    const footers = [
      'Báo Gia đình và Xã hội cập nhật tin tức trong ngày liên tục, mới nhất',
      'Chú ý: Thông tin pháp lý trong hộp nội dung này được trích từ nguồn trên mạng Internet, nên chỉ mang tính tham khảo (Tổng hợp)',
      '(Bài viết chỉ mang tính chất tham khảo, cung cấp nội dung mang tính trắc nghiệm vui cho bạn đọc).',
      'Mọi phản ánh, ý kiến, thông tin nóng, bài vở cộng tác của độc giả có thể gửi cho chúng tôi theo địa chỉ: Email: banbientap@i-com.vn Hotline: 0914926900',
      'Bạn đọc muốn gửi các câu hỏi thắc mắc về pháp luật, xin gửi về địa chỉ banbandoc@vietnamnet.vn (Xin ghi rõ địa chỉ, số điện thoại để chúng tôi tiện liên hệ) Ban Bạn đọc',
      '* Bài viết thể hiện quan điểm riêng của tác giả',
      'Bài viết thể hiện văn phong, quan điểm của tác giả, một nhà báo sống ở TP.HCM.',
    ];
    for (const footer of footers) {
      const article = clean([TITLE, P1, `${P2} ${footer}`]);
      expect(article.text, footer).toBe(`${TITLE}\n\n${P1}\n\n${P2}\n`);
    }
    const bylined = clean([TITLE, P1, `${P2} Đức Tùy ${footers[0]}`]);
    expect(bylined.text).toBe(`${TITLE}\n\n${P1}\n\n${P2}\n`);
    expect(bylined.metadata.author).toBe('Đức Tùy');
    // A credit after a disclaimer is left to the credit rule, which records it.
    const credited = clean([TITLE, P1, `${P2} Thông tin trong bài chỉ mang tính tham khảo Theo GĐVN`]);
    expect(credited.text).toBe(`${TITLE}\n\n${P1}\n\n${P2}\n`);
    expect(credited.metadata.attribution).toBe('GĐVN');
    // The same words in the article's own sentences stay: they end with a full stop, or do not end it.
    for (const prose of [
      'Đây chỉ là một trận đấu tự phát, kết quả chỉ mang tính tham khảo, tuy nhiên nó làm ảnh hưởng tới thanh danh của võ truyền thống.',
      'Báo chí quốc tế cập nhật liên tục diễn biến của vụ việc.',
      'Các thông tin trên đã được gửi về Sở Giáo dục trước ngày 15/6/2017.',
      'Nhiều người cho rằng bài viết thể hiện quan điểm riêng của tác giả.',
    ]) {
      expect(clean([TITLE, P1, `${P2} ${prose}`]).text, prose).toBe(`${TITLE}\n\n${P1}\n\n${P2} ${prose}\n`);
    }
  });

  it('keeps an ellipsis in a paragraph that has cuts', () => {
    const body = `Ông nói: "Vì vậy ... chúng tôi sẽ tiếp tục theo dõi" và kết thúc buổi họp báo sau hai giờ làm việc./.`;
    expect(paragraphs([TITLE, body])[1]).toBe('Ông nói: "Vì vậy ... chúng tôi sẽ tiếp tục theo dõi" và kết thúc buổi họp báo sau hai giờ làm việc.');
  });

  it('turns ./. into a full stop, spaced or not', () => {
    for (const marker of ['./.', '. / .', './ .', ' / .']) {
      expect(paragraphs([TITLE, `Mỹ sẽ đăng cai tổ chức Hội nghị Cấp cao APEC vào năm 2023 với nhiều hoạt động${marker}`])[1], marker).toBe(
        'Mỹ sẽ đăng cai tổ chức Hội nghị Cấp cao APEC vào năm 2023 với nhiều hoạt động.',
      );
    }
  });

  it('leaves no second full stop where one stands before the marker, and no space before one it adds', () => {
    const sentence = 'Mỹ sẽ đăng cai tổ chức Hội nghị Cấp cao APEC vào năm 2023 với nhiều hoạt động';
    for (const [ending, expected] of [
      ['.../.', '...'],
      [' (tháng 11) ./.', ' (tháng 11).'],
      [' ./.', '.'],
      // After another mark the full stop stays, as the labelling rules make it (`./.` → `.`).
      ['." ./.', '."' + '.'],
      ['?./.', '?.'],
    ]) {
      expect(paragraphs([TITLE, P1, `${P2} ${sentence}${ending}`])[2], ending).toBe(`${P2} ${sentence}${expected}`);
    }
    // A photo credit cut before the marker: the sentence before it ended already.
    expect(paragraphs([TITLE, P1, `${P2} ${STORY} (Ảnh: Pháp luật TPHCM)./.`])[2]).toBe(`${P2} ${STORY}`);
  });

  it('turns markers inside a paragraph into full stops, and leaves other slashes', () => {
    const body = 'Hội nghị kết thúc tốt đẹp. /. Phiên họp sau sẽ diễn ra ngày 20/11, xem trang web.vn/.net hoặc gọi 1900/./.';
    expect(paragraphs([TITLE, body])[1]).toBe('Hội nghị kết thúc tốt đẹp. Phiên họp sau sẽ diễn ra ngày 20/11, xem trang web.vn/.net hoặc gọi 1900/.');
  });

  it('takes the date line before the title as the publication date', () => {
    const article = clean(['Thứ Sáu, 22/01/2016 11:35', TITLE, P1]);
    expect(article.metadata.title).toBe(TITLE);
    expect(article.metadata.published).toBe('2016-01-22T11:35:00+07:00');
  });
});

describe('media lead-ins at the end', () => {
  it.each([
    'Một số hình ảnh về mẫu xe mới:',
    'Mời các bạn theo dõi video dưới đây:',
    'Cùng đón xem một số hình ảnh mới nhất của cô và hai con gái:',
    '=> XEM CLIP: Ông công khai xin lỗi ca sĩ trên trang cá nhân của mình:',
  ])('cuts an announcement of pictures or a player that ends the text: %s', (leadIn) => {
    const article = clean([TITLE, P2, `${P1} ${leadIn}`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1}\n`);
    expect(article.metadata.author).toBeNull();
  });

  it('takes the byline after it as the author, unless the announcement credits a photo', () => {
    const article = clean([TITLE, P2, `${P1} Một số hình ảnh về mẫu xe: Minh Trang`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1}\n`);
    expect(article.metadata.author).toBe('Minh Trang');
    const photo = clean([TITLE, P2, `${P1} Ảnh sử dụng trong bài: FBNV.`]);
    expect(photo.text).toBe(`${TITLE}\n\n${P2}\n\n${P1}\n`);
    expect(photo.metadata.author).toBeNull();
  });

  it.each([
    'Lí do Chelsea nên chiêu mộ Andrea Belotti:',
    'Những điều này gây ảnh hưởng lớn tới giá:',
    'Một số hình ảnh về mẫu xe: giá bán từ 500 triệu đồng',
    // The media word far into a long stretch with no full stop: prose run on from a caption.
    'Người dân hai bên đường Láng đứng chờ rất lâu từ sáng sớm để được xem video:',
  ])('leaves a last sentence that announces no media, or prose: %s', (last) => {
    expect(paragraphs([TITLE, P2, `${P1} ${last}`])[2]).toBe(`${P1} ${last}`);
  });
});

describe('sentence ends', () => {
  const lastSentence = (text: string) => text.slice(lastSentenceStart(text));
  it.each([
    // A title or a place word with a full stop, before a name: no sentence ends there.
    ['Không dùng cho người có thai. BS. Hoàng Thuần', 'BS. Hoàng Thuần'],
    ['Hàng doanh nghiệp hàng đầu thế giới. TS. Cấn Văn Lực, Chuyên gia kinh tế.', 'TS. Cấn Văn Lực, Chuyên gia kinh tế.'],
    ['Sản phẩm có mặt tại 7 siêu thị tại Tp. Hồ Chí Minh.', 'Sản phẩm có mặt tại 7 siêu thị tại Tp. Hồ Chí Minh.'],
    ['Hộ khẩu của mình. UBND xã Hòa Thành, TP. Cà Mau đã vào cuộc xác minh', 'UBND xã Hòa Thành, TP. Cà Mau đã vào cuộc xác minh'],
    // The same words ending a sentence, a byline after them.
    ['Các địa phương công bố kết quả sớm nhất tới TS. Tuệ Nguyễn Hà Ánh', 'Tuệ Nguyễn Hà Ánh'],
    ['Đảm bảo an toàn cho Trung tâm dữ liệu TP. Nguyễn Cường', 'Nguyễn Cường'],
    // An initial before a name goes on; before a word that opens sentences, a sentence ends.
    ['Thông tin do anh Lê V. Minh cung cấp', 'Thông tin do anh Lê V. Minh cung cấp'],
    ['Thái chở Cường đi tìm đánh T. Trong ảnh: Hiện trường vụ án', 'Trong ảnh: Hiện trường vụ án'],
  ])('%s', (text, last) => {
    expect(lastSentence(text)).toBe(last);
  });
});

describe("a serial's notices at the end", () => {
  it.each([
    '(Còn tiếp)',
    '*** (Còn nữa)',
    '(HẾT)',
    'Đón đọc kì 2: “Bão táp Sa mạc – chiến dịch quy mô lớn nhất” xuất bản sáng 14.6.',
    'Mời các bạn đón đọc phần tiếp theo vào lúc 0h00 ngày 25/5/2017',
    'Hãy cùng tiếp tục đón đọc tuyến bài MÌNH LÀ 10X để tìm hiểu thêm về họ nhé!',
    'Kỳ tới: Thực hư người ngoài hành tinh',
    'Bài 2: Quyết tâm thực hiện',
    'Liên tục cập nhật',
  ])('cuts the notice: %s', (notice) => {
    const article = clean([TITLE, P2, `${P1} ${notice}`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1}\n`);
    expect(article.metadata.author).toBeNull();
  });

  it('takes a byline before or after it as the author', () => {
    for (const [last, author] of [
      [`${P1} (còn nữa) THIỆN VĂN`, 'THIỆN VĂN'],
      [`${P1} Minh Anh (còn tiếp)`, 'Minh Anh'],
      [`${P1} Ngân Khánh Mời quý bạn đọc đón đọc kỳ 2 vào 11h trưa mai trên mục Gia đình.`, 'Ngân Khánh'],
      [`${P1} Mời các bạn đón xem phần tiếp theo vào 6h, sáng mai 11/7! Tiến Long`, 'Tiến Long'],
      [`${P1} Còn tiếp Đặng Hùng Võ`, 'Đặng Hùng Võ'],
    ]) {
      const article = clean([TITLE, P2, last!]);
      expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1}\n`);
      expect(article.metadata.author).toBe(author);
    }
  });

  it.each([
    'Giá thịt lợn vẫn còn tiếp tục tăng trong những tuần tới.',
    // A marker with more prose after it is not at the end of the instalment.
    '(Còn nữa) Sau 2 năm Uber, Grab đổ bộ vào Việt Nam theo hình thức tự do, taxi truyền thống gặp khó.',
    'Cuốn sách được bạn đọc đón đọc nồng nhiệt ngay trong tuần đầu phát hành.',
    'Kỳ họp tới: Quốc hội sẽ xem xét dự án luật.',
    'Website của bộ sẽ liên tục cập nhật thông tin về dự án.',
  ])('leaves prose: %s', (last) => {
    expect(paragraphs([TITLE, P2, `${P1} ${last}`])[2]).toBe(`${P1} ${last}`);
  });
});

describe('inline boilerplate in collapsed bodies', () => {
  it('cuts a caption with its source in brackets when the source is a news or photo agency', () => {
    const caption = 'Tổng thống Mỹ Donald Trump phát biểu tại Washington, DC ngày 4/5. (Nguồn: AFP/TTXVN)';
    const article = clean([TITLE, P2, `${P1} ${caption} ${P2}`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1} ${P2}\n`);
    expect(article.metadata.captions).toEqual([caption]);
    // The source of figures stays; so does a sentence whose source ends the paragraph (the article's).
    const figures = `${P1} Xuất khẩu tăng 12% so với cùng kỳ. (Nguồn: Tổng cục Thống kê) ${P2}`;
    expect(paragraphs([TITLE, P2, figures])[2]).toBe(figures);
    const last = clean([TITLE, P2, `${P1} Nga kêu gọi các bên kiềm chế. (Nguồn: Reuters)`]);
    expect(last.text).toBe(`${TITLE}\n\n${P2}\n\n${P1} Nga kêu gọi các bên kiềm chế.\n`);
    expect(last.metadata.attribution).toBe('Reuters');
  });

  it("cuts a caption opened by 'Trong ảnh:' to its full stop, not the words in a sentence", () => {
    const caption = 'Trong ảnh: Người lao động tranh thủ tránh nắng dưới tán cây ven đường.';
    const article = clean([TITLE, P2, `${P1} ${caption} ${P2}`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1} ${P2}\n`);
    expect(article.metadata.captions).toEqual([caption]);
    const prose = `${P1} Quan hệ họ hàng được trình bày trong ảnh: ông N1 sinh ra ông M1 và T1. ${P2}`;
    expect(paragraphs([TITLE, P2, prose])[2]).toBe(prose);
  });

  it('cuts headlines linked with an arrow, and takes the byline glued to the last one', () => {
    const article = clean([TITLE, P2, `${P1} → Làm gì khi người yêu luôn hoãn cưới?  ${P2} → Hậu quả của việc lăng mạ vợ sau một lần khẩu chiến Minh Phương`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1} ${P2}\n`);
    expect(article.metadata.author).toBe('Minh Phương');
  });

  it('cuts a TIN LIÊN QUAN run of truncated headlines and keeps the prose after it', () => {
    const body = `${P1} TIN LIÊN QUAN Cựu sao Man Utd quên sầu bên người đẹp ... Gà trống thăng hoa, người đẹp hớn hở ... ${P2}`;
    expect(paragraphs([TITLE, P2, body])[2]).toBe(`${P1} ${P2}`);
  });

  it('cuts a related run at the end of the body', () => {
    const body = `${P1} Tin liên quan Leicester City chốt tương lai HLV Ranieri Liverpool đang sa sút trầm trọng: Lỗi lầm của Juergen Klopp?`;
    expect(paragraphs([TITLE, P2, body])[2]).toBe(P1);
  });

  it('cuts bracketed related headlines but keeps a gloss', () => {
    const body = `${P1} [Mỹ kêu gọi Trung Quốc tăng cường trừng phạt Triều Tiên] ${P2}`;
    expect(paragraphs([TITLE, P2, body])[2]).toBe(`${P1} ${P2}`);
    const gloss = 'Thành phố Hồ Chí Minh [tên cũ là Sài Gòn] là đô thị lớn nhất cả nước với hơn mười triệu dân sinh sống.';
    // A gloss of any wording, inside a sentence that goes on after it.
    const named = `${P1} Tên tự của Chùa Bàng Long [Bàng là Hồng Bàng, Long là Lạc Long Quân] có ý nghĩa rằng bà con người Việt đều là con cháu.`;
    expect(paragraphs([TITLE, P2, named])[2]).toBe(named);
    expect(paragraphs([TITLE, P2, gloss])[2]).toBe(gloss);
  });

  it('cuts one related headline between two sentences, up to a word that opens sentences', () => {
    const headline = 'Xem thêm: Bức ảnh siêu âm bụng sau phá thai khiến bà mẹ trẻ "chết lặng"';
    expect(paragraphs([TITLE, P2, `${P1} ${headline} Tuy nhiên, chỉ 3 tuần sau đó mọi thứ đã khác. ${P2}`])[2]).toBe(
      `${P1} Tuy nhiên, chỉ 3 tuần sau đó mọi thứ đã khác. ${P2}`,
    );
    // In a sentence, or with a full stop before any such word and no colon to label a link: prose.
    for (const body of [
      `${P1} Bạn đọc có thể xem thêm: Hướng dẫn của Bộ Y tế về phòng dịch Trong khi đó, ${P2}`,
      `${P1} Xem thêm Những điều cần biết về bảo hiểm y tế năm nay. Tuy nhiên, ${P2}`,
    ]) {
      expect(paragraphs([TITLE, P2, body])[2]).toBe(body);
    }
    // A label's links run to their full stop; an earlier label in the paragraph is cut too.
    const two = 'Xem thêm: Ngỡ ngàng với cánh đồng hoa cải vàng đẹp bậc nhất Việt Nam  Giới trẻ thỏa sức tạo dáng cùng cánh đồng hoa tím.';
    const last = 'Xem thêm: Giới trẻ đổ xô "check-in" cánh đồng hoa oải hương tím lịm ở Lào Cai';
    expect(paragraphs([TITLE, P2, `${P1} ${two} ${P2} ${last}`])[2]).toBe(`${P1} ${P2}`);
  });

  it('cuts >> Xem thêm promos up to the double space that ends them', () => {
    const body = `${P1} >> Xem thêm: Top 10 xe thể thao tiết kiệm nhiên liệu nhất thế giới  ${P2}`;
    expect(paragraphs([TITLE, P2, body])[2]).toBe(`${P1} ${P2}`);
  });

  it('cuts >>> invitations to a dropped player, a hotline with a dotted number, and a >>> left alone', () => {
    const invite = `${P1} >>>Mời độc giả xem video: "Hướng dẫn cách làm canh hến nấu khế chua" tại đây: Nguồn video: YouTube/Feedy VN. ${P2}`;
    expect(paragraphs([TITLE, P2, invite])[2]).toBe(`${P1} ${P2}`);
    const sourced = `${P1} >>> Mời độc giả xem video người dân bắt giữ 3 thanh niên - Nguồn FB Thu Lengoc: ${P2}`;
    expect(paragraphs([TITLE, P2, sourced])[2]).toBe(`${P1} ${P2}`);
    expect(paragraphs([TITLE, P2, `${P1} >>>Để được tư vấn về mất ngủ, độc giả vui lòng gọi 1800.6955 (miễn cước)`])[2]).toBe(P1);
    expect(paragraphs([TITLE, P2, `${P1} >>>`])[2]).toBe(P1);
  });

  it('cuts a rule of underscores or dashes between collapsed paragraphs, and keeps a run of dots', () => {
    expect(paragraphs([TITLE, P2, `${P1} _____________________________ ${P2}`])[2]).toBe(`${P1} ${P2}`);
    expect(paragraphs([TITLE, P2, `${P1} ------------- ${P2}`])[2]).toBe(`${P1} ${P2}`);
    for (const rule of ['========', '********', '~~~~~~~~~~~~']) expect(paragraphs([TITLE, P2, `${P1} ${rule} ${P2}`])[2], rule).toBe(`${P1} ${P2}`);
    // Shorter runs are not rules: nine dashes stay.
    expect(paragraphs([TITLE, P2, `${P1} --------- ${P2}`])[2]).toBe(`${P1} --------- ${P2}`);
    const elided = `${P1} Khoản 18 quy định: “Ngược đãi, hành hạ cha mẹ; ..........” ${P2}`;
    expect(paragraphs([TITLE, P2, elided])[2]).toBe(elided);
  });

  it('cuts a gallery prompt and the tail of a tag whose start was cut, and keeps the words around them', () => {
    expect(paragraphs([TITLE, P2, `(Nhấp chuột để xem kích thước chuẩn) ${P1}`])[2]).toBe(P1);
    expect(paragraphs([TITLE, P2, `${P1} Nhấp chuột vào ảnh để xem kích thước thực. ${P2}`])[2]).toBe(`${P1} ${P2}`);
    expect(paragraphs([TITLE, P2, `${P1} Battery." src="http://xahoithongtin.com.vn/dataimages/201702/original/images1878308_3.JPG"> ${P2}`])[2]).toBe(`${P1} Battery. ${P2}`);
    // An image tag's dozen attributes go with it.
    const attributes = Array.from({ length: 12 }, (_, i) => ` data-a${'bcdefghijkl'[i]}="${i}"`).join('');
    expect(paragraphs([TITLE, P2, `${P1} Battery." src="/a.jpg"${attributes} /> ${P2}`])[2]).toBe(`${P1} Battery. ${P2}`);
  });

  it('cuts a player title up to the next sentence where a word that opens sentences follows it', () => {
    const sentence = 'Khi được cài đặt vào máy tính, mã độc khóa toàn bộ dữ liệu.';
    expect(paragraphs([TITLE, P2, `${P1} Video: Mã độc WannaCry phát tán quy mô toàn cầu ${sentence}`])[2]).toBe(`${P1} ${sentence}`);
    // `Theo` (according to), capitalised: a sentence writes it in lower case.
    const cited = 'Theo cáo trạng, khoảng 22h ngày 5/1, bị cáo đến quán game.';
    expect(paragraphs([TITLE, P2, `${P1} Video: Phiên tòa xét xử nam thanh niên dùng dao đâm chết bạn trong quán game ${cited}`])[2]).toBe(`${P1} ${cited}`);
    // No such word before the next end mark: where the title ends is not plain, and it stays;
    // its label goes.
    const unplain = 'Toàn cảnh phiên tòa xét xử Minh Béo ở Mỹ Minh Béo tên thật là Hồng Quang Minh.';
    expect(paragraphs([TITLE, P2, `${P1} Video: ${unplain}`])[2]).toBe(`${P1} ${unplain}`);
  });

  it('cuts a player label whose title the scraper dropped, and leaves a sentence about a video', () => {
    const sentence = 'Hằng năm, cứ vào giữa tháng 11 âm lịch, người dân lại tổ chức lễ cúng.';
    expect(paragraphs([TITLE, P2, `${P1} XEM CLIP: ${sentence}`])[2]).toBe(`${P1} ${sentence}`);
    const prose = `${P1} Video: cho thấy cảnh hai người cãi nhau trước cửa hàng. ${P2}`;
    expect(paragraphs([TITLE, P2, prose])[2]).toBe(prose);
  });

  it('cuts a player title with no colon up to the next sentence where a word that opens sentences follows it', () => {
    const sentence = 'Ngoài ra, ông Hoàng Kiều tặng mọi người hai bài thơ.';
    expect(paragraphs([TITLE, P2, `${P1} Clip Hoàng Kiều chia sẻ chuyện dùng Facebook sau khi yêu Ngọc Trinh ${sentence}`])[2]).toBe(`${P1} ${sentence}`);
    // A format after the word (`Video 4K`, `Video 360 độ`) makes it the subject of a sentence.
    const format = `${P1} Video 4K không được tích hợp tính năng ổn định hình ảnh quang học Mặc dù vậy, máy quay vẫn ổn định.`;
    expect(bodyWithout([TITLE, P2, format], 'unmarked-captions')).toBe(format);
    // Before a closing credit, the words before it may be a byline glued to the title.
    const credited = clean([TITLE, P2, `${P1} Clip Bảo Duy tố tật xấu của vợ Lưu Hoài Theo Đời sống Plus`]);
    expect(credited.text).toBe(`${TITLE}\n\n${P2}\n\n${P1}\n`);
    expect(credited.metadata.author).toBe('Lưu Hoài');
  });

  it('cuts a player title with no colon that ends a paragraph, before a byline too, and keeps one opening a sentence', () => {
    expect(paragraphs([TITLE, P2, `${P1} Video Leicester 0-3 Man United T.Tú Tổng hợp`])[2]).toBe(P1);
    expect(paragraphs([TITLE, P2, `${P1} Clip màn cầu hôn vừa độc vừa lãng mạn`])[2]).toBe(P1);
    const sentence = `${P1} Video 4K không được tích hợp tính năng ổn định hình ảnh. ${P2}`;
    expect(paragraphs([TITLE, P2, sentence])[2]).toBe(sentence);
  });

  it('keeps the sentence a player title runs into when its colon introduces words in quotes', () => {
    const sentence = 'Hương Giang Idol phân trần: “Lúc đó tôi không nghe rõ câu hỏi”.';
    // The title ends where the sentence opens with its first two words again.
    expect(paragraphs([TITLE, P2, `${P1} Clip Hương Giang khóc xin lỗi nghệ sĩ Trung Dân ${sentence}`])[2]).toBe(`${P1} ${sentence}`);
    const body = `${P1} Clip Hương Giang khóc xin lỗi nghệ sĩ Trung Dân Idol phân trần: “Lúc đó tôi không nghe rõ câu hỏi”.`;
    expect(paragraphs([TITLE, P2, body])[2]).toBe(body);
  });

  /** A gallery's captions, none with an end mark (after 21473491 and 21474255 of the corpus). */
  const GALLERY_CAPTIONS = [
    'Người dân chen chúc mua vàng ở tiệm vàng trong ngày vía',
    'Nhân viên tiệm vàng phải hoạt động hết công suất',
    'Nhu cầu tăng nên giá vàng liên tục được đẩy lên cao',
    'Nữ trang là món đồ ưa chuộng của nhiều khách hàng',
    'Khách hàng xếp hàng chờ lấy phiếu mua vàng',
    'Tượng gà vàng mini được nhiều người mua về cầu may',
    'Trong ngày vía cá lóc nướng được nhiều người mua làm lễ vật cúng cầu làm ăn thuận lợi',
  ];

  it('drops a paragraph of captions run together with no end mark, and keeps a lead, a list and a sentence that lost its full stop', () => {
    const captions = GALLERY_CAPTIONS;
    const gallery = captions.join(' ');
    // More prose than captions after the lead: the captions are pictures beside the story.
    const body = `${P1} ${STORY}`;
    const article = clean([TITLE, P2, body, gallery]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${body}\n`);
    expect(article.metadata.captions).toEqual(captions);
    // A closing credit after the captions is the article's.
    const credited = clean([TITLE, P2, body, `${gallery} Ngọc Dương (thực hiện)`]);
    expect(credited.text).toBe(`${TITLE}\n\n${P2}\n\n${body}\n`);
    expect(credited.metadata.author).toBe('Ngọc Dương');
    // The paragraph after the title is the lead, which collapsed dumps print without a full stop.
    expect(paragraphs([TITLE, gallery, P1])[1]).toBe(gallery);
    const list = 'Nhóm 1: Real Madrid, Bayern Munich, Juventus, Benfica, Chelsea, Shakhtar Donetsk, Monaco, Spartak Moscow Nhóm 2: Barcelona, Atletico Madrid, Paris Saint-Germain, Borussia Dortmund, Sevilla, Man City, FC Porto';
    expect(paragraphs([TITLE, P2, P1, list])[3]).toBe(list);
    const sentence = 'Về vấn đề này, Chánh Văn phòng Bộ Nội vụ cũng cho biết Bộ đã báo cáo, đề xuất Thủ tướng tổ chức kiểm điểm, xác định rõ trách nhiệm và có hình thức xử lý theo quy định đối với các tổ chức có liên quan';
    expect(paragraphs([TITLE, P2, P1, sentence])[3]).toBe(sentence);
  });

  it('drops captions that open alike, run together after a sentence, and keeps prose that repeats words with marks between', () => {
    const intro = 'Dưới đây là đội hình dự kiến mạnh nhất của 8 đội tham dự giải đấu năm nay:';
    const TEAMS = ['Nga', 'New Zealand', 'Mexico', 'Bồ Đào Nha'];
    const labels = TEAMS.map((team) => `Đội hình dự kiến của ĐT ${team}`);
    const gallery = clean([TITLE, P2, `${P1} ${intro} ${labels.join(' ')}`]);
    expect(gallery.text).toBe(`${TITLE}\n\n${P2}\n\n${P1} ${intro}\n`);
    expect(gallery.metadata.captions).toEqual(labels);
    // The last closing its sentence, and prose after it.
    expect(paragraphs([TITLE, P2, `${P1} ${intro} ${labels.join(' ')}. ${STORY}`])[2]).toBe(`${P1} ${intro} ${STORY}`);
    // One caption under every picture, the last quoted otherwise, then a sentence with no mark before it.
    const caption = 'Lâm Chí Khanh bị cư dân mạng “ném đá” dữ dội';
    const closing = 'Hy vọng rằng, cô sẽ sáng suốt hơn trong mọi tình huống.';
    const repeated = `${P1} ${caption} ${caption} ${caption.replace(/[“”]/gu, '"')} ${closing}`;
    expect(paragraphs([TITLE, P2, repeated])[2]).toBe(`${P1} ${closing}`);
    // Where the last caption ends is not known: it stays, the others go.
    const unknown = `${P1} ${labels.join(' ')} và Cameroon nằm ở bảng B cùng Đức ${closing}`;
    expect(paragraphs([TITLE, P2, unknown])[2]).toBe(`${P1} ${labels[3]} và Cameroon nằm ở bảng B cùng Đức ${closing}`);
    // Not so: a list with commas, two alike headings, a run that starts inside a sentence.
    for (const body of [
      `${P1} Tàu BĐ 97263 TS của ông Nguyễn Xuân Quang, Tàu BĐ 97263 TS của ông Nguyễn Văn Kiên, Tàu BĐ 97263 TS của ông Ngô Hồng Việt.`,
      `${P1} ${labels.slice(0, 2).join(' ')} ${closing}`,
      `${P1} Họ xem lại ${labels.join(' ')}`,
    ]) {
      expect(paragraphs([TITLE, P2, body])[2], body).toBe(body);
    }
  });

  it('keeps the captions of a photo story, written as sentences, whose body they are, and cuts only their credits', () => {
    const captions = GALLERY_CAPTIONS;
    // A run of captions with no end mark could be no prose: it goes, even as the whole body.
    const gallery = captions.join(' ');
    const run = clean([TITLE, P2, gallery]);
    expect(run.text).toBe(`${TITLE}\n\n${P2}\n`);
    // Captions that end their sentences, with their credits: cutting them would leave the
    // title and the lead, the story is told in its pictures; the captions stay, the credits go.
    const sentences = captions.map((caption) => `${caption}.`);
    const PHOTOGRAPHERS = ['Duy Anh', 'Ngọc Dương', 'Hải Nguyễn'];
    // A credit's label may take a word before `ảnh:` (`Nguồn ảnh: Reuters`): it goes with the credit.
    const credit = (i: number) => (i % 2 ? `Nguồn ảnh: Reuters.` : `Ảnh: ${PHOTOGRAPHERS[i % PHOTOGRAPHERS.length]}`);
    const credited = clean([TITLE, P2, sentences.map((caption, i) => `${caption} ${credit(i)}`).join(' ')]);
    expect(credited.text).toBe(`${TITLE}\n\n${P2}\n\n${sentences.join(' ')}\n`);
    expect(credited.metadata.captions).toEqual([]);
    // A picture or two beside a longer story are still captions.
    const beside = clean([TITLE, P2, `${P1} ${STORY} ${sentences[0]} Ảnh: Duy Anh`]);
    expect(beside.text).toBe(`${TITLE}\n\n${P2}\n\n${P1} ${STORY}\n`);
  });

  it('keeps the captions of a story told picture by picture, a credit every sentence or two, though more prose stands between them', () => {
    // A sentence or two the caption rules leave before each picture's caption (after 22651705 of the corpus).
    const between = [
      'Đến phút 34, đội khách gỡ hòa sau một tình huống tạt bóng từ cánh phải khiến hàng thủ chủ nhà lúng túng.',
      'Sau giờ nghỉ, hai đội tiếp tục giằng co quyết liệt nhưng mặt sân đọng nước khiến những đường chuyền ngắn liên tục hỏng.',
      'Phút 60, huấn luyện viên đội chủ nhà tung thêm một tiền đạo vào sân để tăng sức ép lên khung thành đối phương.',
      'Nỗ lực ấy không mang lại kết quả khi thủ môn đội khách liên tục có những pha cứu thua xuất sắc trong vòng cấm.',
      'Ở những phút cuối, đội khách ghi thêm bàn thắng thứ ba từ một quả đá phạt trực tiếp ngay sát vòng cấm.',
      'Kết quả này giúp đội khách giành ngôi đầu bảng trước lượt trận cuối cùng của vòng chung kết năm nay.',
    ];
    const captions = GALLERY_CAPTIONS.slice(0, between.length).map((caption) => `${caption}.`);
    const story = clean([TITLE, P2, between.map((sentence, i) => `${sentence} ${captions[i]} Ảnh: Duy Anh.`).join(' ')]);
    expect(story.text).toBe(`${TITLE}\n\n${P2}\n\n${between.map((sentence, i) => `${sentence} ${captions[i]}`).join(' ')}\n`);
    expect(story.metadata.captions).toEqual([]);
    // A paragraph's length between two pictures: an article with pictures, whose captions go.
    const article = clean([TITLE, P2, between.map((sentence, i) => `${i === 3 ? `${STORY} ` : ''}${sentence} ${captions[i]} Ảnh: Duy Anh.`).join(' ')]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${between.map((sentence, i) => `${i === 3 ? `${STORY} ` : ''}${sentence}`).join(' ')}\n`);
    expect(article.metadata.captions).toHaveLength(between.length);
  });

  it('cuts a sentence that opens by announcing pictures, inside a paragraph too, and keeps one that only names a picture', () => {
    const sentence = 'Lẩu chay được nhiều em trẻ hào hứng thưởng thức trong ngày hội.';
    expect(paragraphs([TITLE, P2, `${P1} Một số hình ảnh tại buổi Lễ: ${sentence}`])[2]).toBe(`${P1} ${sentence}`);
    const long = 'Sau đây là một số hình ảnh về không khí ngày Quốc tế thiếu nhi mà PV báo Người Đưa Tin ghi lại được sáng ngày 1/6:';
    expect(paragraphs([TITLE, P2, `${P1} ${long} ${sentence}`])[2]).toBe(`${P1} ${sentence}`);
    const quoted = `${P1} Dưới bức ảnh check in, bạn của anh bình luận: “Từ Lào Cai vào Đà Nẵng nhanh hơn chứ”.`;
    expect(paragraphs([TITLE, P2, quoted])[2]).toBe(quoted);
    const list = `${P1} Kèm theo dòng chia sẻ này là hình ảnh mâm cơm đơn giản gồm: đĩa rau cải luộc, thịt và đậu phụ.`;
    expect(paragraphs([TITLE, P2, list])[2]).toBe(list);
  });

  it('cuts the captions an announcement opened when they run to the end with no end marks, and keeps a gallery of full sentences', () => {
    const captions = 'Lẩu chay Nhiều em trẻ hào hứng với món chay Hai bà cháu tham gia chương trình Nồi lẩu chay được chuẩn bị cho suất ăn 6 người';
    const announced = clean([TITLE, P2, `${P1} Một số hình ảnh tại buổi Lễ: ${captions}`]);
    expect(announced.text).toBe(`${TITLE}\n\n${P2}\n\n${P1}\n`);
    expect(announced.metadata.captions).toEqual(['Một số hình ảnh tại buổi Lễ:', 'Lẩu chay', 'Nhiều em trẻ hào hứng với món chay', 'Hai bà cháu tham gia chương trình', 'Nồi lẩu chay được chuẩn bị cho suất ăn 6 người']);
    // One caption of a few words with no end mark.
    const one = 'Những ca phẫu thuật này đã biến vịt trở thành thiên nga';
    expect(paragraphs([TITLE, P2, `${P1} Cùng ngắm loạt ảnh trước và sau: ${one}`])[2]).toBe(P1);
    // Full sentences after it may be prose that resumes: they stay.
    const sentences = 'Người dân tự làm các tấm gỗ trải qua đường ray. Tuy cuộc sống của họ luôn rình rập những nguy hiểm, nhịp sống ở đây vẫn bình yên.';
    expect(paragraphs([TITLE, P2, `${P1} Dưới đây là một số hình ảnh về khu phố: ${sentences}`])[2]).toBe(`${P1} ${sentences}`);
  });

  it("ends a player's title before a sentence that opens with a date", () => {
    expect(paragraphs([TITLE, P2, `${P1} Clip: 3 đối tượng kẹp đầu, đấm cảnh sát ở Hà Giang Ngày 28.6, ${P2}`])[2]).toBe(`${P1} Ngày 28.6, ${P2}`);
  });

  it("leaves two reporters' names that end a player's title to the closing credit", () => {
    const article = clean([TITLE, P2, `${P1} Video: Tài xế cắn tay CSGT ở Hải Dương trong đêm Kiều Mi - Minh Khang`]);
    expect(article.text).toBe(`${TITLE}\n\n${P2}\n\n${P1}\n`);
    expect(article.metadata.author).toBe('Kiều Mi - Minh Khang');
    // One name may be the title's own: it goes with the title.
    expect(clean([TITLE, P2, `${P1} Video: Bàn thắng đẹp mắt của Công Phượng`]).metadata.author).toBeNull();
  });

  it("ends a player's title where the next sentence opens with the title's first two words", () => {
    const next = 'Đàn sâu tập trung trên những ngọn cây sao, ăn trụi lá.';
    expect(paragraphs([TITLE, P2, `${P1} VIDEO: Đàn sâu tấn công nhà dân ${next}`])[2]).toBe(`${P1} ${next}`);
    // A comma before the pair is a sentence's: where the title ended is not plain, and all
    // stays but the label.
    const sentence = 'Việt Nam thua Thái Lan ở chung kết Nguyễn Hữu Thắng, HLV trưởng U22 Việt Nam hiện tại, là trung vệ.';
    expect(paragraphs([TITLE, P2, `${P1} Clip: ${sentence}`])[2]).toBe(`${P1} ${sentence}`);
    // A pair from further into the title is a name the sentence names again: all stays but the label.
    const named = 'Những điều chưa biết về nhà vua Nhật Bản Akihito Nhật hoàng Akihito là Thiên hoàng thứ 125 của Nhật Bản.';
    expect(paragraphs([TITLE, P2, `${P1} Video: ${named}`])[2]).toBe(`${P1} ${named}`);
  });

  it('cuts video player labels and keeps sentences about a video', () => {
    const labelled = `${P1} Video màn trình diễn của Công Phượng trước U23 Malaysia: ${P2}`;
    expect(paragraphs([TITLE, P2, labelled])[2]).toBe(`${P1} ${P2}`);
    const prose = `${P1} Video cho thấy trong quá trình chăm sóc trẻ nhỏ, các cô giáo thường xuyên có hành vi bạo lực.`;
    expect(paragraphs([TITLE, P2, prose])[2]).toBe(prose);
  });

  it('cuts a see-more label left dangling at the end and a player fallback text', () => {
    expect(paragraphs([TITLE, P2, `${P1} browser not support iframe. ${P2} Xem thêm:`])[2]).toBe(`${P1} ${P2}`);
  });

  it('cuts a sentence that points at a link whose words are gone, and keeps "tại đây" as a place', () => {
    for (const pointer of ['Cách làm mắm tép chưng thịt chi tiết tại đây.', 'Người dùng Android có thể tải về Firefox Focus  tại đây .']) {
      expect(paragraphs([TITLE, P2, `${P1} ${pointer} ${P2}`])[2]).toBe(`${P1} ${P2}`);
    }
    const place = 'Nhiều phụ huynh có con theo học tại đây.';
    expect(paragraphs([TITLE, P2, `${P1} ${place} ${P2}`])[2]).toBe(`${P1} ${place} ${P2}`);
    // The link is still there: the sentence points at it.
    const linked = 'Yêu cầu công việc chi tiết vui lòng xem tại đây: http://tuyendung.example.vn/tin-tuc.html';
    expect(paragraphs([TITLE, P2, `${P1} ${linked} ${P2}`])[2]).toBe(`${P1} ${linked} ${P2}`);
  });

  it('cuts an invitation to readers to see what the page showed, after a caption cut before it too', () => {
    const next = 'Rafael Nadal được ví như Cristiano Ronaldo của làng quần vợt.';
    const invited = 'Mời các bạn theo dõi video dưới đây:';
    expect(paragraphs([TITLE, P2, `${P1} ${invited} ${next}`])[2]).toBe(`${P1} ${next}`);
    const afterCaption = `${P1} Chia sẻ của Minh Tú. Ảnh: chụp màn hình Mời quý độc giả xem MV Là con gái phải xinh (Nguồn: Vivashows): ${next}`;
    expect(paragraphs([TITLE, P2, afterCaption])[2]).toBe(`${P1} ${next}`);
  });

  it('cuts a teaser closed by "Bấm xem >>"', () => {
    const body = `${P1} Messi lương 2 tỷ đồng/ngày: Thua Mayweather đấm 1 giây Messi vừa nhận lương mới khủng ở Barca nhưng đã là gì so với giới thể thao? Bấm xem >>`;
    expect(paragraphs([TITLE, P2, body])[2]).toBe(P1);
  });
});

describe('the title or a caption restating it where a collapsed body starts', () => {
  const lead = 'Bộ Ngoại giao Nga và Mỹ đã đồng ý cuộc gặp giữa hai ngoại trưởng tại Reykjavik trong tuần tới để đối thoại về quan hệ hai nước.';

  it('cuts the title printed again before the first sentence', () => {
    expect(paragraphs([TITLE, lead, `${TITLE} ${P1}`])[2]).toBe(P1);
  });

  it('cuts the title printed again in other quotation marks', () => {
    const quoted = "Bầu Đức: 'U22 Việt Nam gặp U22 Thái Lan thì càng thích'";
    expect(paragraphs([quoted, lead, `Bầu Đức: “U22 Việt Nam gặp U22 Thái Lan thì càng thích” ${P1}`])[2]).toBe(P1);
  });

  it('cuts the lead printed again with words left out, and keeps it when it adds some', () => {
    const shortened = 'Bộ Ngoại giao Nga và Mỹ đã đồng ý cuộc gặp giữa hai ngoại trưởng tại Reykjavik để đối thoại về quan hệ hai nước.';
    expect(paragraphs([TITLE, lead, `${shortened} ${P1}`])[2]).toBe(P1);
    const added = 'Ngày 14/5, Bộ Ngoại giao Nga và Mỹ đã đồng ý cuộc gặp giữa hai ngoại trưởng tại Reykjavik trong tuần tới.';
    expect(paragraphs([TITLE, lead, `${added} ${P1}`])[2]).toBe(`${added} ${P1}`);
  });

  it('keeps a first sentence that opens with the title and goes on in lower case', () => {
    const sentence = `${TITLE} là mục tiêu của cuộc gặp tuần tới.`;
    expect(paragraphs([TITLE, lead, `${sentence} ${P1}`])[2]).toBe(`${sentence} ${P1}`);
  });

  it("cuts the top picture's caption that restates the headline, and keeps a heading that does not", () => {
    const caption = 'Ngoại trưởng Nga và Mỹ sẽ gặp nhau tại Reykjavik để đối thoại về mối quan hệ giữa hai nước';
    const article = clean([TITLE, lead, `${caption} Theo đó, ${P1}`]);
    expect(article.text.trimEnd().split('\n\n')[2]).toBe(`Theo đó, ${P1}`);
    expect(article.metadata.captions).toContain(caption);
    const heading = 'Những điều chưa từng có trong lịch sử ngoại giao của châu Âu hiện đại';
    expect(bodyWithout([TITLE, lead, `${heading} Theo đó, ${P1}`], 'unmarked-captions')).toBe(`${heading} Theo đó, ${P1}`);
  });
});

describe("captions of an event's scene", () => {
  it("cuts 'Hiện trường …' standing alone at a sentence's start, and keeps a sentence about the scene", () => {
    expect(paragraphs([TITLE, P2, `${P1} Hiện trường vụ tai nạn. ${P2}`])[2]).toBe(`${P1} ${P2}`);
    expect(paragraphs([TITLE, P2, `${P1} Hiện trường vụ cháy Theo một số người dân, ${P2}`])[2]).toBe(`${P1} Theo một số người dân, ${P2}`);
    expect(paragraphs([TITLE, P2, `${P1} Quang cảnh buổi gặp gỡ báo chí. ${P2}`])[2]).toBe(`${P1} ${P2}`);
    for (const sentence of ['Hiện trường vụ tai nạn rất hỗn loạn.', 'Hiện trường đã được phong tỏa để điều tra.']) {
      expect(paragraphs([TITLE, P2, `${P1} ${sentence} ${P2}`])[2]).toBe(`${P1} ${sentence} ${P2}`);
    }
  });
});

describe('captions that place someone at the police or in court', () => {
  it("cuts 'Đối tượng Long tại cơ quan CSĐT.' standing alone, and keeps a sentence with a predicate", () => {
    expect(paragraphs([TITLE, P2, `${P1} Đối tượng Long tại cơ quan CSĐT. ${P2}`])[2]).toBe(`${P1} ${P2}`);
    expect(paragraphs([TITLE, P2, `${P1} Bị cáo Hồng tại tòa Theo hồ sơ, ${P2}`])[2]).toBe(`${P1} Theo hồ sơ, ${P2}`);
    const sentence = 'Hiện Huân đang bị tạm giữ tại cơ quan điều tra.';
    expect(paragraphs([TITLE, P2, `${P1} ${sentence} ${P2}`])[2]).toBe(`${P1} ${sentence} ${P2}`);
  });
});

describe('captions that name where something happened', () => {
  it('cuts the place and "nơi xảy ra vụ việc" at a sentence start, and keeps the words in a sentence', () => {
    expect(paragraphs([TITLE, P2, `${P1} Bệnh viện Truyền máu Huyết học TP.HCM - nơi xảy ra vụ việc ${P2}`])[2]).toBe(`${P1} ${P2}`);
    expect(paragraphs([TITLE, P2, `${P1} Cửa hàng nơi xảy ra sự việc. ${P2}`])[2]).toBe(`${P1} ${P2}`);
    for (const sentence of [
      'Công an phường nơi xảy ra vụ việc đang truy tìm người phụ nữ.',
      'Nó đã được phát hiện tại chính nơi xảy ra tai nạn.',
    ]) {
      expect(paragraphs([TITLE, P2, `${P1} ${sentence} ${P2}`])[2]).toBe(`${P1} ${sentence} ${P2}`);
    }
  });
});

describe('a credit before a sentence that opens with a date', () => {
  it("ends the credit before 'Ngày 14/6,', and not before a figure after a name", () => {
    const caption = 'Chiếc xe ô tô bị dán đầy băng keo trên phố Vũ Phạm Hàm.';
    expect(paragraphs([TITLE, P2, `${P1} ${caption} Ảnh: Anh Đức Ngày 14/6, ${P2}`])[2]).toBe(`${P1} Ngày 14/6, ${P2}`);
    const named = `${P1} ${caption} Ảnh: Lê Anh Dũng 6h sáng, ${P2}`;
    expect(paragraphs([TITLE, P2, named])[2]).toBe(named);
  });
});

describe('photo credits with no colon after a full stop', () => {
  it("cuts 'Ảnh CTV.' with its caption, and keeps a sentence that opens with the word", () => {
    expect(paragraphs([TITLE, P2, `${P1} Anh Hảo bị đánh chảy máu ở mặt. Ảnh CTV. ${P2}`])[2]).toBe(`${P1} ${P2}`);
    expect(paragraphs([TITLE, P2, `${P1} Hàng ngàn phương tiện lưu chuyển khó khăn. Ảnh H. Tâm. ${P2}`])[2]).toBe(`${P1} ${P2}`);
    const prose = `${P1} Ảnh Hà Nội mùa thu được nhiều người chia sẻ. ${P2}`;
    expect(paragraphs([TITLE, P2, prose])[2]).toBe(prose);
  });

  it('cuts a name in capitals after Ảnh with no full stop, where the next sentence opens, and keeps capitals that are no name', () => {
    expect(paragraphs([TITLE, P2, `${P1} Các lóng gỗ nằm san sát trên dốc núi. Ảnh ĐÌNH VĂN ${P2}`])[2]).toBe(`${P1} ${P2}`);
    const quote = '“Tôi hợp đồng giảng dạy đã được 61 tháng”, một giáo viên nói.';
    expect(paragraphs([TITLE, P2, `${P1} Giáo viên phản ánh thi điểm cao nhưng trượt viên chức. Ảnh HUY TRƯỜNG ${quote}`])[2]).toBe(`${P1} ${quote}`);
    // Capitals that are no Vietnamese syllables are no name: the words are the sentence's.
    const prose = `${P1} Ảnh SEA GAMES Theo ban tổ chức, giải năm nay có 11 nước tham dự.`;
    expect(paragraphs([TITLE, P2, prose])[2]).toBe(prose);
  });
});

describe('bracketed photo credits with no colon', () => {
  it('cuts the credit and its caption, and keeps words that point at a photo from a sentence', () => {
    const caption = 'Hiện trường vụ tai nạn thương tâm khiến bé Cường tử vong';
    expect(paragraphs([TITLE, P2, `${P1} ${caption} (Ảnh ATGT) ${P2}`])[2]).toBe(`${P1} ${P2}`);
    expect(paragraphs([TITLE, P2, `${P1} Đại biểu Nguyễn Chiến đoàn Hà Nội (ảnh nguồn quochoi.vn). ${P2}`])[2]).toBe(`${P1} ${P2}`);
    for (const pointer of ['(ảnh nhỏ)', '(ảnh bên trái)', '(ảnh 2)', '(ảnh hưởng của bão)']) {
      const sentence = `Tư Thuận khi còn trẻ ${pointer} và lúc cuối đời hoàn lương ở quê nhà.`;
      expect(paragraphs([TITLE, P2, `${P1} ${sentence} ${P2}`])[2]).toBe(`${P1} ${sentence} ${P2}`);
    }
  });
});

describe('a sentence of the body printed again a few sentences later', () => {
  const SENTENCE_TWICE = 'Người dân ở đây đùa rằng hổ béo như vậy là do ăn quá nhiều trong dịp Tết Nguyên đán vừa qua';
  const SAID = 'Nhiếp ảnh gia cho biết con chim đã phải đi bộ 2,4km để quay trở lại tổ của nó trên đảo.';
  const OTHER = 'Ông Nolan nói rằng con chim cánh cụt này đang trên đường trở về với đàn sau khi ăn cá.';

  it('cuts the later copy and keeps the first', () => {
    expect(paragraphs([TITLE, P2, `${P1} ${SAID} ${OTHER} ${SAID} ${STORY}`])[2]).toBe(`${P1} ${SAID} ${OTHER} ${STORY}`);
    // Printed twice in a row, each with its full stop (sentence-copies leaves it: it takes copies without one).
    expect(paragraphs([TITLE, P2, `${P1} ${SENTENCE_TWICE}. ${SENTENCE_TWICE}. ${OTHER}`])[2]).toBe(`${P1} ${SENTENCE_TWICE}. ${OTHER}`);
  });

  it('takes the words both copies share around it, to where the text parts, not into a sentence that goes on otherwise', () => {
    // A passage printed twice, each time after a different phrase and before a double space.
    const passage = `Không thể thắng, nhưng trận hòa giúp đội bóng giữ vị trí thứ ba. ${SAID} Cầu thủ xuất sắc nhất: Torres`;
    expect(paragraphs([TITLE, P2, `${P1} Caption không dấu ${passage}  ${passage}  ${STORY}`])[2]).toBe(`${P1} Caption không dấu ${passage}    ${STORY}`.replace(/ {2,}/gu, ' '));
    // The copies both run on into `Ông Nolan …`, which then says other things: those words stay.
    const first = `${SAID} Ông Nolan nói con chim rất khỏe mạnh.`;
    const second = `${SAID} Ông Nolan cho biết thêm rằng ông đã chụp nó suốt hai tiếng.`;
    expect(paragraphs([TITLE, P2, `${P1} ${first} ${P2} ${second}`])[2]).toBe(`${P1} ${first} ${P2} Ông Nolan cho biết thêm rằng ông đã chụp nó suốt hai tiếng.`);
  });

  it('keeps a copy far from its sentence, a sentence printed three times, and a bulletin\'s formulas', () => {
    const far = `${P1} ${SAID} ${STORY} ${P2} ${OTHER} ${SAID}`;
    expect(paragraphs([TITLE, P2, far])[2]).toBe(far);
    const thrice = `${P1} ${SAID} ${OTHER} ${SAID} ${P2} ${SAID}`;
    expect(paragraphs([TITLE, P2, thrice])[2]).toBe(thrice);
    const storm = 'Trong cơn dông có khả năng xảy ra tố, lốc, mưa đá và gió giật mạnh.';
    const forecast = `Bắc Bộ: Có mưa rào và dông rải rác. ${storm} Nhiệt độ thấp nhất từ 24 - 27 độ C. Nam Bộ: Có mưa rào và dông vài nơi. ${storm} Nhiệt độ thấp nhất từ 25 - 28 độ C.`;
    expect(paragraphs([TITLE, P2, forecast])[2]).toBe(forecast);
  });

  it('compares sentences, not what follows a title\'s full stop (`TP. Hồ Chí Minh …` in two sentences)', () => {
    const words = 'Hồ Chí Minh đã đổ ra đường để xem pháo hoa trong đêm giao thừa năm nay.';
    const text = `${P1} Hàng vạn người dân TP. ${words} ${OTHER} Cũng như mọi năm, người dân TP. ${words}`;
    expect(paragraphs([TITLE, P2, text])[2]).toBe(text);
  });

  it('leaves the lead\'s copies to the lead rules', () => {
    const body = `${P1} ${STORY} ${P2}`;
    expect(paragraphs([TITLE, P2, body])[2]).toBe(body);
  });
});
