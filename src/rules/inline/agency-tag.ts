// The agency tag a lead starts with (`(CLO)`, `VOV.VN -`, `(Dân trí) -`, `TPO -`): cut from
// the text, kept as `sourceTag`.
import type { Rule } from '../rule.js';
import type { Block } from '../../types.js';
import { addCut, isDropped } from '../context.js';
import { AGENCY_TAG, NOT_AGENCY } from '../vocabulary.js';
import { wordCount } from '../text-shape.js';

export interface AgencyTag {
  tag: string;
  /** Length of the prefix to cut, including the dash and spaces after it. */
  length: number;
}

export function matchAgencyTag(text: string): AgencyTag | null {
  const m = AGENCY_TAG.exec(text);
  if (!m) return null;
  const tag = (m.groups?.paren ?? m.groups?.dash ?? '').trim();
  if (!tag || NOT_AGENCY.test(tag) || wordCount(tag, 4) > 4) return null;
  // A parenthesised tag is a publication's name: no sentence inside, starts with a capital.
  if (m.groups?.paren !== undefined && (!/^\p{Lu}/u.test(tag) || /[,;]/.test(tag))) return null;
  // Something must follow the tag: it opens a sentence.
  const rest = text.slice(m[0].length);
  if (!/^\s*["“‘'«(]?[\p{Lu}\d]/u.test(rest)) return null;
  return { tag, length: m[0].length };
}

export function startsWithAgencyTag(text: string): boolean {
  return matchAgencyTag(text) !== null;
}

export const agencyTagRule: Rule = {
  name: 'agency-tag',
  run(ctx) {
    // The lead: the first kept block after the title. In a collapsed dump whose lead has no tag,
    // the body may open with it (`TPO - ` before the lead's sentences printed again, `(PLO)- `):
    // 2 of the 5,000 corpus dumps do, both so.
    const wanted = ctx.window === null ? 2 : 1;
    const blocks: Block[] = [];
    for (const b of ctx.blocks) {
      if (blocks.length === wanted) break;
      if (b.index !== ctx.titleIndex && !isDropped(b)) blocks.push(b);
    }
    for (const block of blocks) {
      const found = matchAgencyTag(block.text);
      if (!found) continue;
      addCut(block, { start: 0, end: found.length, reason: 'agency-tag', rule: 'agency-tag', replacement: '' });
      ctx.findings.sourceTag ??= found.tag;
      return;
    }
  },
};
