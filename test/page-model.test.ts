// The page model of text dumps (src/rules/page/): the article window and the headline above it,
// from the page's structure. Pages here are shaped as w3m dumps them (list items with `•`,
// nested ones indented with `□`, blank lines between paragraphs); their lines are plain
// English or Vietnamese to show that no word of either is needed.
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../src/index.js';
import { textToBlocks } from '../src/parse/text.js';
import { findArticleWindow } from '../src/rules/page/window.js';

function clean(text: string) {
  const result = cleanDocument(text, { site: 'generic' });
  if (!result.ok) throw new Error(result.error);
  return result.article;
}

const MENU = ['*', '  • Home', '  • World', '  • Business', '      □ Markets', '      □ Companies', '  • Sport', '  • Culture', '1.', ''];
const PROSE = [
  'The agency said on Monday that its researchers had examined how the plan would change the design of the mission and concluded that it could help.',
  'While the method is not possible yet, the head of the research team says the idea is not as strange as it sounds, and that similar methods are used already.',
  'Challenges include designing the craft to run largely on its own while the crew sleeps through much of the cruise, which takes about half a year.',
];
/** More paragraphs, for pages whose article runs on past a box or a list. */
const MORE_PROSE = [
  'Among the scientists who reviewed the plan, several said the biggest risk lay in waking the crew after months of sleep, which no one has tried before.',
  'Others pointed to the cost of the shielding, which the agency has not yet put a figure on, and to the training that each member of the crew would need.',
  'The agency expects to publish a full report on the study early next year, after the engineers have finished their tests.',
];
const RELATED = ['More from Science', '  • A first batch of cookies was baked in space', '  • Toxic algae and bad policy threaten fresh water', '  • Amazon deforestation hits worst level in 11 years', ''];
const FOOTER = ['  • About us', '  • Contact', '  • Terms of use', '  • Privacy policy', 'Copyright 2019 Example Media'];

function page(body: string[]): string {
  return [...MENU, '  • Science', '', 'Study sees future for hibernating astronauts', '', 'Published Monday, November 18, 2019', '', ...body.flatMap((p) => [p, '']), ...RELATED, ...FOOTER].join('\n');
}

describe('the article window', () => {
  it('holds the prose and leaves the menu, the related list and the footer out', () => {
    const article = clean(page(PROSE));
    expect(article.text).toBe(['Study sees future for hibernating astronauts', ...PROSE].join('\n\n') + '\n');
    expect(article.metadata.title).toBe('Study sees future for hibernating astronauts');
    expect(article.metadata.lead).toBe(PROSE[0]);
    const menuLine = article.blocks.find((b) => b.text === '• Business');
    expect(menuLine?.verdict).toMatchObject({ keep: false, reason: 'outside-article' });
    expect(article.window).toMatchObject({ firstLine: MENU.length + 7 });
  });

  it('spans the short lines inside the article (a subheading, a list of its own)', () => {
    const body = [PROSE[0]!, 'What comes next', PROSE[1]!, '  • the first step', '  • the second step', PROSE[2]!];
    const text = clean(page(body)).text;
    for (const line of body) expect(text).toContain(line.trim());
  });

  it('takes in the list its last line announces, set right under it; not the links under a heading set apart', () => {
    const dates = ['June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL', 'June 10 -- Credit Union Amphitheatre, Tampa, FL', 'June 14 -- Bank Amphitheatre, Alpharetta, GA', 'June 17 -- Bridgestone Arena, Nashville, TN', 'June 19 -- Music Pavilion, Charlotte, NC', 'June 20 -- Music Park at Walnut Creek, Raleigh, NC', 'June 23 -- Amphitheater at Virginia Beach, VA', 'June 24 -- Jiffy Lube Live, Bristow, VA'];
    const lines = [...MENU, 'Study sees future for hibernating astronauts', '', ...PROSE.flatMap((p) => [p, '']), 'The 2020 tour dates:', ...dates, '', '━━━━━━━━━━━━━━━━━━━━', ...RELATED, ...FOOTER];
    const text = clean(lines.join('\n')).text;
    for (const line of dates) expect(text).toContain(line);
    expect(text).not.toContain('Toxic algae');
    const links = ['  • A first batch of cookies was baked in space', '  • Toxic algae and bad policy threaten fresh water', '  • Amazon deforestation hits worst level in 11 years'];
    const apart = [...MENU, 'Study sees future for hibernating astronauts', '', ...PROSE.flatMap((p) => [p, '']), 'Related coverage from Science:', '', ...links, '', ...FOOTER];
    expect(clean(apart.join('\n')).text).not.toContain('Toxic algae');
  });

  it('spans a long list inside the article that a sentence announces, not one under a label', () => {
    const intro = 'Before the launch the team tested the craft for months, and the engineers now say that four things will change for the crew:';
    const points = [
      '  • the crew will sleep through most of the cruise to the planet',
      '  • the craft will run largely on its own while they sleep',
      '  • the food carried on board will weigh a third of what it does now',
      '  • the cabins will be smaller and the shielding around them thicker',
      '  • the doctors on the ground will watch the crew from the control room',
      '  • the mission will take half a year less than the last one planned',
      '  • the crew will need a month of training to wake up safely',
      '  • the radio link will be checked every hour during the cruise',
    ];
    const body = [PROSE[0]!, '', intro, ...points, '', ...PROSE.slice(1).flatMap((p) => [p, ''])];
    const text = clean([...MENU, 'Study sees future for hibernating astronauts', '', ...body, ...RELATED, ...FOOTER].join('\n')).text;
    expect(text).toContain(PROSE[0]);
    expect(text).toContain(intro);
    for (const point of points) expect(text).toContain(point.trim());
    // Under a label (`More from Science`), a list stays furniture.
    expect(text).not.toContain('Toxic algae');
  });

  it('starts at the lead when a box of related headlines stands between it and the body', () => {
    const box = [
      'More on this story',
      '  • Watch live: the agency presents its plan for the mission to the press',
      '  • Key moments from the first day of hearings on the future of the station',
      '  • Seven things to know about the crew chosen for the next mission',
      '  • The agency says it did not see the link between the budget and the delay',
      '  • Aides describe an unusual meeting about the mission at the agency',
      '',
    ];
    const more = MORE_PROSE;
    const body = [PROSE[1]!, PROSE[2]!, ...more];
    const lines = [...MENU, 'Study sees future for hibernating astronauts', '', 'By Jane Doe, John Roe', 'November 20, 2019 / 1:07 AM', '', PROSE[0], '', ...box, ...body.flatMap((p) => [p, '']), ...FOOTER];
    const article = clean(lines.join('\n'));
    expect(article.metadata.title).toBe('Study sees future for hibernating astronauts');
    for (const paragraph of [...PROSE, ...more]) expect(article.text).toContain(paragraph);
    expect(article.text).not.toContain('Seven things to know');
  });

  it('ends before a single blurb listed under the article, and keeps a list of points that ends it', () => {
    const teaser = ['Trending Now', '  • A football star took to social media on Tuesday night asking his fans to send a text to his private phone number.', 'The star really does want you to text him', '  • Tattoo shops', ''];
    const text = clean([...MENU, 'Study sees future for hibernating astronauts', '', ...PROSE.flatMap((p) => [p, '']), ...teaser, ...FOOTER].join('\n')).text;
    expect(text).toContain(PROSE[2]);
    expect(text).not.toContain('asking his fans');
    const points = [
      '  • The crew would sleep through most of the six-month cruise, which saves food, water and room on board.',
      '  • The craft would run on its own while they sleep, so the design of its computers has to change.',
    ];
    const ending = clean([...MENU, 'Study sees future for hibernating astronauts', '', ...PROSE.flatMap((p) => [p, '']), ...points, '', ...FOOTER].join('\n')).text;
    for (const point of points) expect(ending).toContain(point.trim());
  });

  it('drops a short label the page prints three times inside the article, and keeps one printed twice', () => {
    const more = MORE_PROSE.slice(1);
    const body = [PROSE[0]!, 'Business', PROSE[1]!, 'What comes next', PROSE[2]!, 'Business', more[0]!, 'What comes next', more[1]!, 'Business'];
    const text = clean([...MENU, 'Study sees future for hibernating astronauts', '', ...body.flatMap((p) => [p, '']), ...FOOTER].join('\n')).text;
    expect(text).not.toContain('Business');
    expect(text).toContain('What comes next');
    for (const paragraph of [...PROSE, ...more]) expect(text).toContain(paragraph);
  });

  it('ends before a box of link rows with bars between them, however long; a paragraph that has bars and ends a sentence stays', () => {
    const row = (name: string) => ['Hospital', 'Senior Care', 'Psychiatric', 'Home Care', 'Hotel', 'Leisure', 'Retail', 'Transport'].map((kind) => `${name} | ${kind} Solutions for every team in the field`).join(' ');
    const links = ['  • [ ] Quick Links', '', `    ${row('Example')}`, '', '    Find a partner', '', `    ${row('Partner')}`, ''];
    const text = clean([...MENU, 'Study sees future for hibernating astronauts', '', ...PROSE.flatMap((p) => [p, '']), ...links, ...FOOTER].join('\n')).text;
    expect(text).toBe(['Study sees future for hibernating astronauts', ...PROSE].join('\n\n') + '\n');
    // A hover card's headlines glued into a paragraph of the article.
    const glued = `A man pleaded guilty to charges he threatened to kill a member of Congress, Progressives oppose funding bill | Senators call for security coordinator | Facebook gets questions | State hit by ransomware attack, the office announced Monday.`;
    expect(clean(page([PROSE[0]!, glued, PROSE[1]!])).text).toContain(glued);
  });

  it('never takes a menu glyph, a number or a list item for the title', () => {
    const lines = ['*', '1.', '  • Thời sự', 'Hà Nội đón đợt không khí lạnh mạnh nhất từ đầu mùa', '', ...PROSE.flatMap((p) => [p, '']), ...FOOTER];
    expect(clean(lines.join('\n')).metadata.title).toBe('Hà Nội đón đợt không khí lạnh mạnh nhất từ đầu mùa');
  });

  it('takes the line over the byline for the title, past a long share row, not a player\'s title under them', () => {
    // w3m prints the share row's 24 buttons as one list, with no blank line between them.
    const share = ['Facebook', 'Twitter', 'Flipboard', 'Print', 'Email', 'Messenger', 'WhatsApp', 'LinkedIn'].flatMap((name) => [`  • ${name}`, `  • Share this with ${name}`, `  • Send with ${name}`]);
    const headline = 'Study sees future for hibernating astronauts on the long trip to Mars and back';
    const head = [...MENU, headline, '', 'By Andy Sahadeo | Space News', '', ...share, '', 'close', '', 'Top science headlines for the week in a minute', ''];
    const article = clean([...head, ...PROSE.flatMap((p) => [p, '']), ...FOOTER].join('\n'));
    expect(article.metadata.title).toBe(headline);
  });

  it('takes the date line right over the headline for the date, however far the article stands below', () => {
    const share = ['Facebook', 'Twitter', 'Flipboard', 'Print', 'Email', 'Messenger', 'WhatsApp', 'LinkedIn'].flatMap((name) => [`  • ${name}`, `  • Share this with ${name}`, `  • Send with ${name}`]);
    const headline = 'Study sees future for hibernating astronauts on the long trip to Mars and back';
    const head = [...MENU, 'November 19, 2019 12:04AM ET', '', headline, '', 'By Andy Sahadeo | Space News', '', ...share, ''];
    const article = clean([...head, ...PROSE.flatMap((p) => [p, '']), ...FOOTER].join('\n'));
    expect(article.metadata.title).toBe(headline);
    expect(article.metadata.published).toBe('2019-11-19T00:04:00-05:00');
  });

  it("never takes a byline for the title, and drops a byline inside the article", () => {
    const head = [...MENU, 'Study sees future for hibernating astronauts', '', 'by European Space Agency', ''];
    const article = clean([...head, PROSE[0]!, '', 'By Laura Mowat', 'Published 10:48, Tue, Nov 19, 2019', '', ...PROSE.slice(1).flatMap((p) => [p, '']), ...FOOTER].join('\n'));
    expect(article.metadata.title).toBe('Study sees future for hibernating astronauts');
    expect(article.text).toBe(['Study sees future for hibernating astronauts', ...PROSE].join('\n\n') + '\n');
    expect(article.blocks.find((b) => b.text === 'By Laura Mowat')?.verdict).toMatchObject({ keep: false, reason: 'byline' });
    // A subheading that opens with the word stays.
    const subheading = clean(page([PROSE[0]!, 'By the numbers', PROSE[1]!, PROSE[2]!])).text;
    expect(subheading).toContain('By the numbers');
  });

  it('leaves the first line empty when the page shows no headline: the first line is the title', () => {
    const article = clean([...MENU, ...PROSE.flatMap((p) => [p, '']), ...FOOTER].join('\n'));
    expect(article.metadata.title).toBeNull();
    expect(article.text).toBe('\n\n' + PROSE.join('\n\n') + '\n');
  });

  it('leaves a collapsed dump (title, lead, body) whole', () => {
    const blocks = textToBlocks(['A title', PROSE[0], PROSE.slice(1).join(' ')].join('\n'));
    expect(findArticleWindow(blocks)).toBeNull();
  });

  it('is not made by prose the page prints twice, nor parted by it', () => {
    const gallery = ['A guest holds her phone showing a picture taken during the press conference on Friday in the city.', 'A guest holds her phone showing a picture taken during the press conference on Friday in the city.', 'Huawei launches its system', '  • Share'];
    // The lead printed again in the body: the window starts with the lead under the headline,
    // and the duplicate rule keeps the copy in the body.
    const body = [PROSE[0]!, PROSE[1]!, PROSE[0]!, PROSE[2]!];
    const page = [...MENU, ...gallery, 'The headline of the story', ...body, ...FOOTER].join('\n');
    const blocks = textToBlocks(page);
    const window = findArticleWindow(blocks)!;
    expect(blocks[window.first]!.text).toBe(PROSE[0]);
    expect(blocks[window.last]!.text).toBe(PROSE[2]);
    expect(window.last - window.first).toBe(3);
    expect(clean(page).text).toBe(['The headline of the story', PROSE[1], PROSE[0], PROSE[2]].join('\n\n') + '\n');
  });
});

describe('a source credit with the link to the source under it', () => {
  const head = [...MENU, 'Study sees future for hibernating astronauts', ''];
  const body = PROSE.flatMap((p) => [p, '']);

  it('names the publication as far as the link names it, in the article\'s last lines or below it among the page\'s boxes', () => {
    const under = ['Theo Đời sống Pháp luật Copy link', 'Link bài gốc Lấy link', 'https://doisongphapluat.nguoiduatin.vn/vi-sao-a650753.html', ''];
    expect(clean([...head, ...body, ...under, ...RELATED, ...FOOTER].join('\n')).metadata.attribution).toBe('Đời sống Pháp luật');
    const belowTags = ['Tags', '', 'Theo tienphong.vn Copy link', 'Link bài gốc Lấy link https://tienphong.vn/clip-o-to-post1860982.tpo', ''];
    expect(clean([...head, ...body, ...RELATED, ...belowTags, ...FOOTER].join('\n')).metadata.attribution).toBe('tienphong.vn');
  });

  it('takes no publication from a credit-like line below the article with no link that names it', () => {
    const noLink = ['Tags', '', 'Theo tienphong.vn Copy link', 'Link bài gốc Lấy link https://example.com/a-story.html', ''];
    expect(clean([...head, ...body, ...RELATED, ...noLink, ...FOOTER].join('\n')).metadata.attribution).toBeNull();
  });
});

describe('image residue and page furniture', () => {
  const HEADLINE = 'Hà Nội đón đợt không khí lạnh mạnh nhất từ đầu mùa';
  function cleaned(middle: string[]) {
    return clean([...MENU, HEADLINE, '', ...middle, '', ...PROSE.flatMap((p) => [p, '']), ...FOOTER].join('\n'));
  }
  function verdictOf(article: ReturnType<typeof clean>, text: string) {
    return article.blocks.find((b) => b.text === text)?.verdict;
  }

  it.each([
    ['[ha-noi-lanh-1]', 'caption'],
    // A CDN's long file id, 62 characters.
    ['[2aoboql1u0kzx7sua4fygvxplchmv7vkyienzteo-1784285038319612358625]', 'caption'],
    [`${HEADLINE} - 1`, 'caption'],
    [`${HEADLINE} [anh-1]`, 'caption'],
    ['Image 1 of 5', 'caption'],
    ['Ảnh 2/8', 'caption'],
    ['The protests kicked off in June and have strengthened in size (Image: GETTY )', 'caption'],
    ['(Image credit: All About Space)', 'caption'],
    ['Photo by Jason Kempin/Getty Images', 'caption'],
    ['Image copyright Getty Images', 'caption'],
    ['In this Dec. 12, 2006, file photo, made available by NASA, astronaut Robert L. Curbeam Jr., left, works on the station.', 'caption'],
    // A long file name printed twice with no space (alt text and link).
    ['amazon-echo-dot-with-clock-on-sidetable-in-kitchen.jpgamazon-echo-dot-with-clock-on-sidetable-in-kitchen.jpg', 'caption'],
    // An image's file id as its alt text.
    ['EPA_Visualisierung', 'caption'],
    ['FILES-US-MEDIA-NEWSPAPER-MERGER-GANNETT-TRONC', 'caption'],
    ['[                    ]', 'widget'],
    // A link's label alone on its line.
    ['READ MORE', 'widget'],
    ['View all (4)', 'widget'],
    ['Continue Reading Below', 'widget'],
    ['0', 'widget'],
    ['Published Monday, November 18, 2019 8:22AM EST', 'dateline'],
  ])('drops %j as %s', (line, reason) => {
    const article = cleaned([line]);
    expect(verdictOf(article, line)).toMatchObject({ keep: false, reason });
    expect(article.metadata.title).toBe(HEADLINE);
  });

  it('keeps prose that names its source, and a line that announces a list', () => {
    const sourced = 'Unemployment fell to its lowest level in half a century last month, the agency said (Source: BLS).';
    const leadIn = 'The Doobie Brothers 50th Anniversary Tour 2020 dates:';
    const article = clean([...MENU, HEADLINE, '', PROSE[0], '', sourced, '', PROSE[1], '', leadIn, '', PROSE[2], '', ...FOOTER].join('\n'));
    expect(article.text).toContain(sourced);
    expect(article.text).toContain(leadIn);
  });

  it('takes the unfinished line above a picture\'s credit for its caption; a finished sentence stays', () => {
    const caption = 'Iphone 11 Max Pro over yellow background';
    const sentence = 'But the company says she did not need their permission in the first place.';
    const article = cleaned([caption, '(Image: gargantiopa / Getty Images)', sentence, 'Photo: Hau Dinh, AP']);
    expect(article.text).not.toContain(caption);
    expect(article.metadata.captions).toContain(caption);
    expect(article.text).toContain(sentence);
  });

  it('drops alt text and its link glued with no space between the copies, inside the article', () => {
    const glued = 'Hibernating astronauts: the module seen from above 2Hibernating astronauts: the module seen from above 2';
    const article = clean([...MENU, HEADLINE, '', PROSE[0], '', glued, '', PROSE[1], '', PROSE[2], '', ...FOOTER].join('\n'));
    expect(verdictOf(article, glued)).toMatchObject({ keep: false, reason: 'caption' });
    expect(article.metadata.captions).toEqual(['Hibernating astronauts: the module seen from above 2']);
    expect(article.text).toContain(PROSE[2]);
  });

  it('drops a line that closes with a picture\'s credit after its sentences, however long', () => {
    const legend = 'Functional areas of the hibernation module: (1) private crew quarters, (2) exercise, (3) hygiene and waste, (4) galley and dining, (5) medical care, (6) workshop, (7) storage, (8) life support system and stowage. The areas are only used while the crew is awake. Credit: ESA';
    const article = cleaned([legend]);
    expect(verdictOf(article, legend)).toMatchObject({ keep: false, reason: 'caption' });
    // A sentence that only mentions credit stays.
    const sentence = 'The bank said the new rules on consumer credit would take effect next year, after a review.';
    expect(cleaned([sentence]).text).toContain(sentence);
  });

  it('takes the unfinished line under alt text that repeats the headline for its caption; a sentence stays', () => {
    const caption = 'Người dân đứng xem dòng chữ trên bảng điện tử ở trung tâm thành phố';
    const article = cleaned([PROSE[0]!, '', `${HEADLINE}- Ảnh 1.`, '', caption]);
    expect(verdictOf(article, caption)).toMatchObject({ keep: false, reason: 'caption' });
    expect(article.metadata.captions).toContain(caption);
    const sentence = 'Nguyên nhân phía sau không khó đoán, các chuyên gia cho biết trong buổi họp báo.';
    expect(cleaned([PROSE[0]!, '', `${HEADLINE}- Ảnh 2.`, '', sentence]).text).toContain(sentence);
  });

  it('keeps a phone number or a date alone on its line, which has no letter', () => {
    for (const line of ['02-751-1500', '2018-08-16']) expect(verdictOf(cleaned([PROSE[0]!, '', line]), line)?.reason).not.toBe('caption');
  });

  it('drops alt text and caption printed one after the other, and records the caption once', () => {
    const caption = 'A guest holds her phone showing a picture taken during the press conference';
    const article = cleaned([caption, '[photo-1]', caption]);
    expect(article.text).not.toContain(caption);
    expect(article.metadata.captions).toEqual([caption]);
  });
});
