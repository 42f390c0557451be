// The `clean` command line: folder mode (`clean DUMPS --out DIR`), stdin mode (`cat page.txt |
// clean`), `explain`, `sites`. Exit codes: 0 all cleaned, 1 some document failed, 2 usage error,
// 141 stdout closed by its reader.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import path from 'node:path';
import v8 from 'node:v8';
import { cleanFileDocuments, cleanInput, DEFAULT_MAX_BYTES } from '../index.js';
import { SITES, siteById } from '../sites/index.js';
import { readStdin } from '../io/stdin.js';
import { metadataJson } from '../io/output.js';
import { printable } from '../io/printable.js';
import { evaluate, renderEval } from './eval.js';
import { writeScaffold } from './new-site.js';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { reviewFolderProblem } from '../review/writer.js';
import { parseTemplate, templateLookup, type TemplateLookup } from '../learn/template.js';
import { runInputs, runStdinJsonl, TemplateFileError, type RunSettings } from './run.js';
import { DEFAULT_JOBS } from '../pipeline/pool.js';
import { parseShard, shardFromEnv, type Shard } from '../pipeline/shard.js';
import { explainJson, explainText } from './explain.js';
import { TOOL } from '../version.js';

export const EXIT = { ok: 0, documentFailed: 1, usage: 2 } as const;

class UsageError extends Error {}

interface RunOptions {
  out?: string;
  format?: string;
  json?: boolean;
  site?: string;
  report?: string;
  quiet?: boolean;
  verbose?: boolean;
  maxBytes: number;
  jobs: number;
  timeout: number;
  force?: boolean;
  dryRun?: boolean;
  shard?: Shard;
  stdinJsonl?: boolean;
  learn: boolean;
  learnFrom?: string[];
  template?: string;
  saveTemplate?: string;
  review?: string;
  allowEmpty?: boolean;
  prune?: boolean;
}

interface ReviewOptions {
  out: string;
  gold?: string;
  site?: string;
  jobs: number;
  timeout: number;
  maxBytes: number;
  learn: boolean;
  template?: string;
  quiet?: boolean;
}

const useColor = (stream: NodeJS.WriteStream) =>
  Boolean(stream.isTTY) && !process.env.NO_COLOR && !process.env.CI;

export function buildProgram(): Command {
  const program = new Command();
  program
    .name('clean')
    .description('Turn scraped Vietnamese news dumps into clean article text plus metadata JSON.')
    .version(TOOL.version)
    .argument('[inputs...]', 'files, folders or globs to clean; none or "-" reads one document from stdin')
    .option('-o, --out <dir>', 'write <name>.txt + <name>.json per document here, mirroring the input tree ("-": JSON lines to stdout)')
    .option('--format <kind>', '"files" (default with --out) or "jsonl": one JSON object per document on stdout, in input order')
    .option('--stdin-jsonl', 'read scraper records from stdin, one JSON object a line (output as --format jsonl, or files under --out)')
    .option('--json', 'stdin mode: print the metadata object (with a "text" field) instead of the text')
    .addOption(jobsOption())
    .addOption(timeoutOption())
    .option('--force', 'clean every document again, even those whose outputs are up to date')
    .option('--dry-run', 'list the outputs that would be written (after skipping up-to-date ones); write nothing')
    .option('--shard <i/n>', 'take only the inputs of shard i of n by a stable hash of their path (default: $JOB_COMPLETION_INDEX/$JOB_COMPLETION_COUNT)', parseShardOption)
    .option('--no-learn', 'do not learn site templates (lines a site repeats on many pages) before cleaning')
    .option('--learn-from <dirs...>', 'learn the templates from these files or folders instead of the inputs')
    .option('--template <file>', 'use a template saved with --save-template instead of learning')
    .option('--save-template <file>', 'save the learned template (JSON, one entry per site) for --template')
    .option('--site <id>', 'force a site module by id or domain ("generic" = no module; see `clean sites`)')
    .option('--report <file>', 'write a machine-readable JSON summary of the run')
    .option('--allow-empty', 'exit 0 when the inputs hold no document (by default: a usage error)')
    .option('--prune', 'remove the outputs (.txt + .json) of inputs no longer there; without it they are only named')
    .option('--review <dir>', 'also write the HTML review report of this run here (see `clean review`)')
    .option('-q, --quiet', 'print nothing but errors')
    .option('-v, --verbose', 'print one line per document')
    .addOption(maxBytesOption())
    .addHelpText('after', `
Examples:
  clean ./dumps --out ./clean           clean a folder tree (dumps/vov/a.txt -> clean/vov/a.txt + a.json)
  cat page.txt | clean                  clean one page to stdout
  cat page.txt | clean --json           the metadata object, with the text, as JSON
  clean ./dumps --out ./clean --report report.json --quiet    in CI
  clean ./dumps --out ./clean           again: only new or changed documents are cleaned (--force: all)
  clean ./dumps --format jsonl | gzip > clean.jsonl.gz        one JSON object per document
  zcat records.jsonl.gz | clean --stdin-jsonl > clean.jsonl   records in, JSON lines out
  clean ./dumps --out ./clean --shard 2/8                     the 3rd of 8 stable shares
  clean explain page.txt                why each line was kept or dropped
  clean review ./dumps --out ./review   an HTML report of every cut (open review/index.html)

Inputs: .txt .text .md (text dumps), .html .htm, .json (one record), .jsonl (one record a line),
each optionally .gz. Records carry "url" and "html", "text" or "content".

Exit codes: 0 all documents cleaned (or up to date), 1 at least one failed (the others are written),
2 usage error (also: no documents found, unless --allow-empty), 130/143 stopped by SIGINT/SIGTERM
(batches in flight finished within 10 s, report written), 141 standard output closed by its reader.`)
    .action(async (inputs: string[], options: RunOptions) => {
      process.exitCode = await runClean(inputs, options);
    });

  program
    .command('explain')
    .description('show every block of FILE, kept or dropped, with the reason and the rule that decided')
    .argument('<file>', 'the dump to explain ("-" for stdin)')
    .option('--site <id>', 'force a site module by id or domain ("generic" = no module)')
    .option('--json', 'print the decisions as JSON')
    .option('--template <file>', 'apply a template saved with --save-template (its lines show as `template`)')
    .action(async (file: string, options: { site?: string; json?: boolean; template?: string }) => {
      if (file !== '-' && !existsSync(file)) throw new UsageError(`explain: ${file}: no such file`);
      const docOptions = { site: options.site ?? null, template: options.template ? readTemplateFile(options.template) : null };
      const outcomes = file === '-' ? cleanInput(await readStdin(), docOptions) : await cleanFileDocuments(file, docOptions);
      const color = new (await import('chalk')).Chalk({ level: useColor(process.stdout) ? 1 : 0 });
      // A .jsonl file holds many documents: each is explained under its own header.
      for (const { name, result } of outcomes) {
        const shown = name === null ? file : `${file} [${name}]`;
        if (!result.ok) {
          process.stderr.write(`clean: ${printable(shown)}: ${result.error}\n`);
          process.exitCode = EXIT.documentFailed;
          continue;
        }
        if (name !== null && !options.json) process.stdout.write(color.bold(`== ${shown}\n`));
        process.stdout.write(options.json ? explainJson(result.article) : explainText(result.article, color));
      }
    });

  program
    .command('review')
    .description('clean INPUTS and write a static HTML report: every cut in context, per-site charts, gold diffs')
    .argument('<inputs...>', 'files, folders or globs to clean and review')
    .requiredOption('-o, --out <dir>', 'the report folder (open <dir>/index.html); new, empty, or an earlier report')
    .option('--gold <dir>', 'folder of <stem>.expected.txt gold files: show lost prose and kept junk, sort by worst F1')
    .option('--site <id>', 'force a site module by id or domain ("generic" = no module)')
    .option('--no-learn', 'do not learn site templates from the inputs first')
    .option('--template <file>', 'use a template saved with --save-template instead of learning')
    .addOption(jobsOption())
    .addOption(timeoutOption())
    .addOption(maxBytesOption())
    .option('-q, --quiet', 'print nothing but errors')
    .action(async (inputs: string[], options: ReviewOptions) => {
      const reviewDir = checkedReviewDir(options.out, inputs);
      if (options.gold && !existsSync(options.gold)) throw new UsageError(`--gold ${options.gold}: no such folder`);
      process.exitCode = await runInputs(inputs, {
        outDir: null,
        stream: false,
        reviewDir,
        gold: options.gold ?? null,
        site: resolveSite(options.site),
        maxBytes: options.maxBytes,
        jobs: options.jobs,
        timeoutMs: options.timeout * 1000,
        force: true,
        dryRun: false,
        prune: false,
        shard: null,
        report: null,
        quiet: Boolean(options.quiet),
        verbose: false,
        learn: options.learn,
        learnFrom: null,
        templateFile: options.template ?? null,
        saveTemplate: null,
      });
    });

  program
    .command('eval')
    .description('clean INPUTS and score them against gold files (the SPEC measures, as score.py)')
    .requiredOption('--gold <dir>', 'folder holding <stem>.expected.txt (and .expected.json) per document')
    .argument('<inputs...>', 'files, folders or globs to clean and score')
    .option('--min-f1 <x>', 'exit 1 when the overall paragraph F1 is below this', parseFraction)
    .option('--no-learn', 'do not learn site templates from the inputs first')
    .option('--site <id>', 'force a site module by id or domain ("generic" = no module)')
    .option('--json', 'print the rows and the summary as JSON')
    .action(async (inputs: string[], options: { gold: string; minF1?: number; learn: boolean; site?: string; json?: boolean }) => {
      if (!existsSync(options.gold)) throw new UsageError(`eval: --gold ${options.gold}: no such folder`);
      const { rows, summary } = await evaluate(options.gold, inputs, { learn: options.learn, site: resolveSite(options.site) });
      process.stdout.write(options.json ? JSON.stringify({ rows, summary }, null, 2) + '\n' : renderEval(rows, summary));
      if (summary.documents === 0) {
        process.stderr.write(`clean: eval: no input has a gold file under ${options.gold}\n`);
        process.exitCode = EXIT.documentFailed;
      } else if (options.minF1 !== undefined && summary.f1 < options.minF1) {
        process.stderr.write(`clean: eval: paragraph F1 ${summary.f1.toFixed(3)} is below --min-f1 ${options.minF1}\n`);
        process.exitCode = EXIT.documentFailed;
      }
    });

  program
    .command('new-site')
    .description('draft a site module and its fixture folder from sample dumps, for a person to review')
    .argument('<domain>', 'the site\'s domain, e.g. tuoitre.vn')
    .requiredOption('--from <samples...>', 'sample dumps of the site (two or more tell its repeated lines apart)')
    .option('--id <id>', 'the module id (default: from the domain, e.g. tuoitre)')
    .option('--root <dir>', 'the checkout of clean to write into', process.cwd())
    .option('--force', 'overwrite an existing module or fixture folder')
    .action((domain: string, options: { from: string[]; id?: string; root: string; force?: boolean }) => {
      let written;
      try {
        written = writeScaffold(path.resolve(options.root), domain, options.from, { ...(options.id ? { id: options.id } : {}), force: Boolean(options.force) });
      } catch (error) {
        throw new UsageError(`new-site: ${(error as Error).message}`);
      }
      process.stdout.write(`wrote ${path.relative(process.cwd(), written.moduleFile)} and ${path.relative(process.cwd(), written.fixtureDir)}/\n`);
      for (const note of written.notes) process.stdout.write(`note: ${note}\n`);
      process.stdout.write('next: review the module and the expected files, then `npm test`\n');
    });

  program
    .command('sites')
    .description('list the site modules with their domains and text markers')
    .option('--json', 'print the list as JSON')
    .action((options: { json?: boolean }) => {
      const rows = SITES.map((s) => ({ id: s.id, domains: s.domains, markers: s.markers.map((m) => m.source) }));
      if (options.json) process.stdout.write(JSON.stringify(rows, null, 2) + '\n');
      else for (const r of rows) process.stdout.write(`${r.id.padEnd(18)} ${r.domains.join(', ').padEnd(24)} ${r.markers.join('  ')}\n`);
    });

  // Subcommands own their options (`clean explain FILE --json` is explain's --json).
  program.enablePositionalOptions();
  // Every command's parse errors come back to main() as a usage error (exit 2): a subcommand
  // does not inherit these settings, made after it.
  for (const command of [program, ...program.commands]) {
    command.exitOverride();
    command.configureOutput({ writeErr: (s) => process.stderr.write(s) });
  }
  return program;
}

// Options the main command and `review` share: one definition, so their help cannot drift apart.
function jobsOption(): Option {
  return new Option('-j, --jobs <n>', 'worker threads cleaning in parallel').argParser(parsePositiveInt).default(DEFAULT_JOBS, 'the number of CPUs');
}

function timeoutOption(): Option {
  return new Option('--timeout <seconds>', 'give up on a document after this long and report it as failed').argParser(parsePositiveNumber).default(60);
}

function maxBytesOption(): Option {
  return new Option('--max-bytes <n>', 'reject inputs larger than this many bytes').argParser(parsePositiveInt).default(DEFAULT_MAX_BYTES);
}

function readTemplateFile(file: string): TemplateLookup {
  try {
    return templateLookup(parseTemplate(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new UsageError(`--template ${file}: ${(error as Error).message}`);
  }
}

function parseFraction(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('expected a number from 0 to 1');
  return n;
}

function parsePositiveNumber(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

function parseShardOption(value: string): Shard {
  try {
    return parseShard(value);
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

async function runClean(inputs: string[], options: RunOptions): Promise<number> {
  const site = resolveSite(options.site);
  const stdinMode = inputs.length === 0 || (inputs.length === 1 && inputs[0] === '-');
  const streaming = options.out === '-' || options.format === 'jsonl';
  if (options.format && options.format !== 'files' && options.format !== 'jsonl') {
    throw new UsageError(`--format must be "files" or "jsonl", got "${options.format}"`);
  }
  if (streaming && options.out && options.out !== '-') throw new UsageError('--format jsonl writes to stdout: drop --out or use -o -');
  if (options.stdinJsonl && !stdinMode) throw new UsageError('--stdin-jsonl reads stdin: give no input files');
  if (stdinMode && !options.stdinJsonl) {
    if (options.out && !streaming) throw new UsageError('--out needs input files or folders (stdin mode prints to stdout; see --stdin-jsonl)');
    return cleanStdinDocument(options, site);
  }
  if (inputs.includes('-')) throw new UsageError('"-" (stdin) cannot be mixed with files');
  // One file and nowhere to write: its clean text to stdout, as for a page on stdin.
  if (!options.out && !streaming && !options.stdinJsonl && inputs.length === 1 && isFile(inputs[0]!)) return cleanOneFile(inputs[0]!, options, site);
  if (!options.out && !streaming && !options.stdinJsonl) throw new UsageError('--out <dir> is required when cleaning several files or folders (or --format jsonl)');
  const outDir = options.out && options.out !== '-' ? path.resolve(options.out) : null;
  for (const input of outDir ? inputs : []) {
    // Compared where links lead: an --out that reaches an input through a link is inside it too.
    const pairs: [string, string][] = [[outDir!, path.resolve(input)], [realPath(outDir!), realPath(path.resolve(input))]];
    for (const [out, abs] of pairs) {
      if (out === abs || out.startsWith(abs + path.sep)) {
        throw new UsageError(`output folder ${options.out} is inside input ${input}: choose an --out outside the inputs`);
      }
    }
  }
  if (options.stdinJsonl && process.stdin.isTTY) throw new UsageError('--stdin-jsonl: pipe records on stdin (see --help)');
  if (options.review && options.dryRun) throw new UsageError('--review needs the documents cleaned: it cannot be combined with --dry-run');
  const settings: RunSettings = {
    outDir,
    stream: outDir === null,
    reviewDir: options.review ? checkedReviewDir(options.review, inputs) : null,
    gold: null,
    site,
    maxBytes: options.maxBytes,
    jobs: options.jobs,
    timeoutMs: options.timeout * 1000,
    force: Boolean(options.force),
    dryRun: Boolean(options.dryRun),
    shard: options.shard ?? shardFromEnvOrUsage(),
    report: options.report ?? null,
    quiet: Boolean(options.quiet),
    verbose: Boolean(options.verbose),
    learn: options.learn,
    learnFrom: options.learnFrom ?? null,
    templateFile: options.template ?? null,
    saveTemplate: options.saveTemplate ?? null,
    allowEmpty: Boolean(options.allowEmpty),
    prune: Boolean(options.prune),
  };
  if (settings.templateFile && (settings.learnFrom || settings.saveTemplate)) {
    throw new UsageError('--template uses a saved template: it cannot be combined with --learn-from or --save-template');
  }
  return options.stdinJsonl ? runStdinJsonl(settings) : runInputs(inputs, settings);
}

/** Where a path leads, links followed: its nearest existing ancestor's real path, with the rest. */
function realPath(abs: string): string {
  let existing = abs;
  while (!existsSync(existing) && path.dirname(existing) !== existing) existing = path.dirname(existing);
  try {
    return path.join(realpathSync(existing), path.relative(existing, abs));
  } catch {
    return abs;
  }
}

/** The report folder, when it is safe to write: not inside an input, not a folder of other files. */
function checkedReviewDir(dir: string, inputs: string[]): string {
  const abs = path.resolve(dir);
  for (const input of inputs) {
    const inputAbs = path.resolve(input);
    if (abs === inputAbs || abs.startsWith(inputAbs + path.sep)) throw new UsageError(`review folder ${dir} is inside input ${input}: choose one outside the inputs`);
  }
  const problem = reviewFolderProblem(abs);
  if (problem) throw new UsageError(`review: ${problem}`);
  return abs;
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** `clean page.txt`: its one document to stdout (the text, or the metadata with --json). */
async function cleanOneFile(file: string, options: RunOptions, site: string | null): Promise<number> {
  const outcomes = await cleanFileDocuments(file, { site, maxBytes: options.maxBytes });
  if (outcomes.length !== 1) throw new UsageError(`${file} holds ${outcomes.length} documents: give --out <dir> or --format jsonl`);
  const result = outcomes[0]!.result;
  if (!result.ok) return fail(file, result.error);
  process.stdout.write(options.json ? metadataJson(result.article, true) : result.article.text);
  return EXIT.ok;
}

/** `cat page.txt | clean`: one document, cleaned in this thread, to stdout. */
async function cleanStdinDocument(options: RunOptions, site: string | null): Promise<number> {
  if (process.stdin.isTTY) throw new UsageError('no input: give files or folders, or pipe a document on stdin (see --help)');
  const bytes = await readStdin();
  if (bytes.length > options.maxBytes) return fail('<stdin>', `larger than --max-bytes (${bytes.length} > ${options.maxBytes})`);
  if (bytes.length === 0) return fail('<stdin>', 'empty file');
  const result = cleanInput(bytes, { site, maxBytes: options.maxBytes })[0]!.result;
  if (!result.ok) return fail('<stdin>', result.error);
  const asJson = options.json || options.out === '-' || options.format === 'jsonl';
  process.stdout.write(asJson ? metadataJson(result.article, true) : result.article.text);
  return EXIT.ok;
}

/** `--site vov.vn` → `vov`; unknown sites are a usage error. */
function resolveSite(site: string | undefined): string | null {
  if (!site) return null;
  if (site === 'generic') return 'generic';
  const module = siteById(site);
  if (!module) throw new UsageError(`unknown site "${site}" (see \`clean sites\`)`);
  return module.id;
}

function shardFromEnvOrUsage(): Shard | null {
  try {
    return shardFromEnv(process.env);
  } catch (error) {
    throw new UsageError(`JOB_COMPLETION_INDEX/JOB_COMPLETION_COUNT: ${(error as Error).message}`);
  }
}

function fail(name: string, error: string): number {
  process.stderr.write(`clean: ${printable(name)}: ${error}\n`);
  return EXIT.documentFailed;
}

/**
 * The heap grows 30 % past what survived the last full collection (V8's default lets it reach
 * several times that). The main thread of a folder run takes a stream of small results from the
 * workers, all garbage soon after: by default its heap swells to ~200 MB on 10^5 inputs, with
 * this it stays under ~100 MB, at no measurable CPU cost. A process-wide V8 flag that V8 reads at
 * every collection, so it holds for the worker threads too; set by the command line only, never
 * by the library.
 */
const HEAP_GROWING_PERCENT = 30;

export async function main(argv: readonly string[]): Promise<number> {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
  // A reader that goes away (`clean … | head`) is not an error: a run stops writing (see
  // OrderedOutput), anything else has nothing left to say.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[]);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with code 0; everything else commander rejects is usage.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError || error instanceof TemplateFileError) {
      process.stderr.write(`clean: ${error.message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`clean: ${(error as Error).message}\n`);
    return EXIT.documentFailed;
  }
}
