// Page dumps of sites no module covers (fixtures/pages/): the page model's quality gate. Their
// gold was labelled by hand from the dump (a label says which lines to drop; make_gold.py builds
// the text), never copied from the tool, so the tool need not match it line for line. It must:
// lose no paragraph of the body, find the titles, keep the share of junk low, get the metadata.
import { describe, expect, it } from 'vitest';
import { cleanFile } from '../src/index.js';
import { scoreDocument } from '../src/eval/score.js';
import { fixtureCases } from './helpers.js';

const cases = fixtureCases('pages');

/** Every page: no gold paragraph of the body lost (the article's sentences come first). */
const MIN_BODY_RECALL = 1;
/** Every page: at most this share of the kept paragraphs is junk (captions, a teaser, a widget). */
const MIN_PRECISION = 0.55;
/** All pages: the title exact on this share of them (a page may print two headlines). */
const MIN_TITLE_SHARE = 0.9;
/** All pages: paragraph F1 on average. */
const MIN_MEAN_F1 = 0.9;
/** All pages: the share of metadata fields (published, author, attribution, sourceTag) exactly right. */
const MIN_METADATA_SHARE = 0.85;
const METADATA = ['published', 'author', 'attribution', 'sourceTag'] as const;

async function cleaned(input: string) {
  const result = await cleanFile(input);
  if (!result.ok) throw new Error(result.error);
  return result.article;
}

/** The text without its first line, the title: the body alone. */
function body(text: string): string {
  return text.split('\n').slice(1).join('\n');
}

describe('page dumps of unseen sites', () => {
  it('has page dumps of several sites and languages', () => {
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  for (const fixture of cases) {
    it(`${fixture.name}: every gold paragraph of the body, little junk`, async () => {
      const article = await cleaned(fixture.input);
      expect(scoreDocument(body(article.text), body(fixture.expectedText)).recall, 'gold paragraphs kept').toBeGreaterThanOrEqual(MIN_BODY_RECALL);
      expect(scoreDocument(article.text, fixture.expectedText).precision, 'share of kept paragraphs that are gold').toBeGreaterThanOrEqual(MIN_PRECISION);
    });
  }

  it('finds the titles, scores paragraph F1 >= 0.9 on average and gets the metadata right', async () => {
    let f1 = 0;
    let titles = 0;
    let right = 0;
    let fields = 0;
    for (const fixture of cases) {
      const article = await cleaned(fixture.input);
      f1 += scoreDocument(article.text, fixture.expectedText).f1;
      if (article.metadata.title === fixture.expectedJson.title) titles++;
      // Metadata is judged on text dumps: an HTML page's gold was labelled from its dump (the
      // visible date has no seconds, its meta tag does), and the HTML path reads the meta tags.
      for (const key of fixture.input.endsWith('.txt') ? METADATA : []) {
        if (!(key in fixture.expectedJson)) continue;
        fields++;
        if (article.metadata[key] === fixture.expectedJson[key]) right++;
      }
    }
    expect(titles / cases.length, 'titles right').toBeGreaterThanOrEqual(MIN_TITLE_SHARE);
    expect(f1 / cases.length, 'mean paragraph F1').toBeGreaterThanOrEqual(MIN_MEAN_F1);
    expect(right / fields, 'metadata right').toBeGreaterThanOrEqual(MIN_METADATA_SHARE);
  });
});
