// The table-driven suite: every fixture input is cleaned and compared with its expected text
// (exactly) and expected metadata (the fields the JSON lists). Then the same inputs with the
// site modules off, to hold the generic engine to the SPEC's bar.
import { describe, expect, it } from 'vitest';
import { cleanFile } from '../src/index.js';
import { scoreDocument } from '../src/eval/score.js';
import { fixtureCases } from './helpers.js';

const cases = [...fixtureCases('sites'), ...fixtureCases('generic'), ...fixtureCases('html')];

/** The generic engine alone must keep this paragraph F1 on every fixture. */
const GENERIC_MIN_F1 = 0.95;

describe('fixtures', () => {
  it('has fixture cases to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  for (const fixture of cases) {
    it(`${fixture.name}: text and metadata`, async () => {
      const result = await cleanFile(fixture.input);
      if (!result.ok) throw new Error(result.error);
      expect(result.article.text).toBe(fixture.expectedText);
      const metadata = result.article.metadata as unknown as Record<string, unknown>;
      for (const [key, expected] of Object.entries(fixture.expectedJson)) {
        if (key === 'site') {
          if (fixture.name.startsWith('sites/')) expect(result.article.metadata.site.domain).toBe(expected);
        } else {
          expect(metadata[key], key).toEqual(expected);
        }
      }
    });

    it(`${fixture.name}: generic engine paragraph F1 >= ${GENERIC_MIN_F1}`, async () => {
      const result = await cleanFile(fixture.input, { site: 'generic' });
      if (!result.ok) throw new Error(result.error);
      expect(result.article.metadata.site.id).toBe('generic');
      expect(scoreDocument(result.article.text, fixture.expectedText).f1).toBeGreaterThanOrEqual(GENERIC_MIN_F1);
    });
  }
});
