// `clean eval --gold GOLD INPUTS...`: clean the inputs as a folder run would (templates learned
// from them unless --no-learn) and score them against gold with the SPEC's measures — the same
// as ../shared/tools/score.py: paragraph P/R/F1, token F1, metadata fields, junk removed and
// prose lost. Gold files are found as `src/eval/gold.ts` says.
import { readFileSync } from 'node:fs';
import { cleanFileDocuments, DEFAULT_MAX_BYTES, type CleanOptions } from '../index.js';
import { readInput } from '../io/read.js';
import { splitInput } from '../io/formats.js';
import { decodeBytes } from '../decode/decode.js';
import { walkInputs } from '../io/walk.js';
import { templateLookup } from '../learn/template.js';
import { DEFAULT_JOBS } from '../pipeline/pool.js';
import { learnTemplate } from './run.js';
import { goldFiles, isGoldFile, stemOf } from '../eval/gold.js';
import { junkAndLoss, metaMismatches, scoreDocument } from '../eval/score.js';

export interface EvalRow {
  name: string;
  precision: number;
  recall: number;
  f1: number;
  tokenF1: number;
  metaChecked: number;
  metaWrong: string[];
  junk: number;
  junkRemoved: number;
  goldWords: number;
  goldLost: number;
  error?: string;
}

export interface EvalSummary {
  documents: number;
  precision: number;
  recall: number;
  f1: number;
  tokenF1: number;
  metaRight: number;
  metaChecked: number;
  junkRemoved: number;
  proseLost: number;
  lossless: number;
  /** Inputs with no gold file: not scored. */
  withoutGold: string[];
}

export async function evaluate(goldDir: string, inputs: string[], options: { learn: boolean; site?: string | null }): Promise<{ rows: EvalRow[]; summary: EvalSummary }> {
  const gold = await goldFiles(goldDir);
  const walked = await walkInputs(inputs);
  const files = walked.files.filter((f) => !isGoldFile(f.path));
  const base: CleanOptions = { site: options.site ?? null };
  // The same first pass as a folder run, so that eval scores what users get.
  if (options.learn) base.template = templateLookup(await learnTemplate(files, { site: base.site ?? null, maxBytes: DEFAULT_MAX_BYTES, jobs: DEFAULT_JOBS, timeoutMs: 60_000 }));
  const rows: EvalRow[] = [];
  const withoutGold: string[] = [];
  for (const file of files) {
    const stem = stemOf(file.path);
    const goldText = gold.get(stem);
    if (!goldText) {
      withoutGold.push(file.relative);
      continue;
    }
    const expected = readFileSync(goldText, 'utf8');
    const outcome = (await cleanFileDocuments(file.path, { ...base, path: file.relative, sitePath: file.path }))[0];
    const result = outcome?.result;
    const text = result?.ok ? result.article.text : '';
    const input = await inputText(file.path);
    const score = scoreDocument(text, expected);
    const goldJson = goldText.replace(/\.expected\.txt$/, '.expected.json');
    let meta = { checked: 0, wrong: [] as string[] };
    try {
      const predicted = result?.ok ? (result.article.metadata as unknown as Record<string, unknown>) : {};
      meta = metaMismatches(JSON.parse(readFileSync(goldJson, 'utf8')) as Record<string, unknown>, predicted);
    } catch {
      // No gold metadata for this document.
    }
    const jl = junkAndLoss(input, text, expected);
    rows.push({
      name: stem,
      ...score,
      metaChecked: meta.checked,
      metaWrong: meta.wrong,
      junk: jl.junk,
      junkRemoved: jl.junkRemoved,
      goldWords: jl.gold,
      goldLost: jl.goldLost,
      ...(result && !result.ok ? { error: result.error } : {}),
    });
  }
  rows.sort((a, b) => a.name.localeCompare(b.name));
  return { rows, summary: summarize(rows, withoutGold) };
}

/** The input as score.py reads it: the file's text (gzip undone, encoding found). */
async function inputText(file: string): Promise<string> {
  const read = await readInput(file, 64 * 1024 * 1024);
  if (!read.ok) return '';
  const doc = splitInput(read.bytes, file)[0];
  return doc?.text ?? (doc?.bytes ? decodeBytes(doc.bytes).text : '');
}

function summarize(rows: EvalRow[], withoutGold: string[]): EvalSummary {
  const mean = (pick: (r: EvalRow) => number) => (rows.length ? rows.reduce((n, r) => n + pick(r), 0) / rows.length : 0);
  const sum = (pick: (r: EvalRow) => number) => rows.reduce((n, r) => n + pick(r), 0);
  const junk = sum((r) => r.junk);
  const goldWords = sum((r) => r.goldWords);
  return {
    documents: rows.length,
    precision: mean((r) => r.precision),
    recall: mean((r) => r.recall),
    f1: mean((r) => r.f1),
    tokenF1: mean((r) => r.tokenF1),
    metaChecked: sum((r) => r.metaChecked),
    metaRight: sum((r) => r.metaChecked - r.metaWrong.length),
    junkRemoved: junk ? sum((r) => r.junkRemoved) / junk : 1,
    proseLost: goldWords ? sum((r) => r.goldLost) / goldWords : 0,
    lossless: rows.filter((r) => r.goldLost === 0).length,
    withoutGold,
  };
}

/** The table score.py prints: a row per document, then the overall line. */
export function renderEval(rows: EvalRow[], s: EvalSummary): string {
  const out = [`${'doc'.padEnd(40)} ${'P'.padStart(5)} ${'R'.padStart(5)} ${'F1'.padStart(5)} ${'tokF1'.padStart(6)}  notes`];
  for (const r of rows) {
    const notes = [`junk ${r.junkRemoved}/${r.junk} lost ${r.goldLost}`];
    if (r.metaWrong.length) notes.push(`meta:${r.metaWrong.join(',')}`);
    if (r.error) notes.push(`error: ${r.error}`);
    out.push(`${r.name.slice(0, 40).padEnd(40)} ${r.precision.toFixed(2).padStart(5)} ${r.recall.toFixed(2).padStart(5)} ${r.f1.toFixed(2).padStart(5)} ${r.tokenF1.toFixed(3).padStart(6)}  ${notes.join('  ')}`);
  }
  out.push(
    `${s.documents} docs: paragraph P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}, token F1 ${s.tokenF1.toFixed(3)} ` +
      `meta ${s.metaRight}/${s.metaChecked}, junk removed ${(100 * s.junkRemoved).toFixed(1)}%, prose lost ${(100 * s.proseLost).toFixed(2)}%, lossless docs ${s.lossless}/${s.documents}`,
  );
  if (s.withoutGold.length) out.push(`not scored (no gold): ${s.withoutGold.join(', ')}`);
  return out.join('\n') + '\n';
}
