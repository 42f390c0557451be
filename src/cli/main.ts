// The `clean` command line: folder mode (`clean DUMPS --out DIR`), stdin mode (`cat page.txt |
// clean`), `explain`, `sites`. Exit codes: 0 all cleaned, 1 some document failed, 2 usage error.
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { Chalk } from 'chalk';
import pMap from 'p-map';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';
import { cleanFileDocuments, cleanInput, type CleanOptions } from '../index.js';
import { SITES, siteById } from '../sites/index.js';
import { walkInputs } from '../io/walk.js';
import { readStdin } from '../io/stdin.js';
import { metadataJson, writeArticle } from './output.js';
import { explainJson, explainText } from './explain.js';
import { TOOL } from '../version.js';

export const EXIT = { ok: 0, documentFailed: 1, usage: 2 } as const;

/** Documents read/written at once; more gains nothing on one core and costs memory. */
const IO_CONCURRENCY = 8;

class UsageError extends Error {}

interface RunOptions {
  out?: string;
  json?: boolean;
  site?: string;
  report?: string;
  quiet?: boolean;
  verbose?: boolean;
  maxBytes: number;
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
    .option('-o, --out <dir>', 'write <name>.txt + <name>.json per document here, mirroring the input tree')
    .option('--json', 'stdin mode: print the metadata object (with a "text" field) instead of the text')
    .option('--site <id>', 'force a site module by id or domain ("generic" = no module; see `clean sites`)')
    .option('--report <file>', 'write a machine-readable JSON summary of the run')
    .option('-q, --quiet', 'print nothing but errors')
    .option('-v, --verbose', 'print one line per document')
    .option('--max-bytes <n>', 'reject inputs larger than this many bytes', parsePositiveInt, 20 * 1024 * 1024)
    .addHelpText('after', `
Examples:
  clean ./dumps --out ./clean           clean a folder tree (dumps/vov/a.txt -> clean/vov/a.txt + a.json)
  cat page.txt | clean                  clean one page to stdout
  cat page.txt | clean --json           the metadata object, with the text, as JSON
  clean ./dumps --out ./clean --report report.json --quiet    in CI
  clean explain page.txt                why each line was kept or dropped

Inputs: .txt .text .md (text dumps), .html .htm, .json (one record), .jsonl (one record a line),
each optionally .gz. Records carry "url" and "html", "text" or "content".

Exit codes: 0 all documents cleaned, 1 at least one failed (the others are written), 2 usage error.`)
    .action(async (inputs: string[], options: RunOptions) => {
      process.exitCode = await runClean(inputs, options);
    });

  program
    .command('explain')
    .description('show every block of FILE, kept or dropped, with the reason and the rule that decided')
    .argument('<file>', 'the dump to explain ("-" for stdin)')
    .option('--site <id>', 'force a site module by id or domain ("generic" = no module)')
    .option('--json', 'print the decisions as JSON')
    .action(async (file: string, options: { site?: string; json?: boolean }) => {
      const docOptions = { site: options.site ?? null };
      const outcomes = file === '-' ? cleanInput(await readStdin(), docOptions) : await cleanFileDocuments(file, docOptions);
      const color = new Chalk({ level: useColor(process.stdout) ? 1 : 0 });
      // A .jsonl file holds many documents: each is explained under its own header.
      for (const { name, result } of outcomes) {
        const shown = name === null ? file : `${file} [${name}]`;
        if (!result.ok) {
          process.stderr.write(`clean: ${shown}: ${result.error}\n`);
          process.exitCode = EXIT.documentFailed;
          continue;
        }
        if (name !== null && !options.json) process.stdout.write(color.bold(`== ${shown}\n`));
        process.stdout.write(options.json ? explainJson(result.article) : explainText(result.article, color));
      }
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
  program.exitOverride();
  program.configureOutput({ writeErr: (s) => process.stderr.write(s) });
  return program;
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

async function runClean(inputs: string[], options: RunOptions): Promise<number> {
  const docOptions: CleanOptions = { site: options.site ?? null, maxBytes: options.maxBytes };
  if (options.site && options.site !== 'generic' && !siteById(options.site)) {
    throw new UsageError(`unknown site "${options.site}" (see \`clean sites\`)`);
  }
  if (inputs.length === 0 || (inputs.length === 1 && inputs[0] === '-')) {
    if (options.out) throw new UsageError('--out needs input files or folders (stdin mode prints to stdout)');
    if (process.stdin.isTTY) throw new UsageError('no input: give files or folders, or pipe a document on stdin (see --help)');
    const bytes = await readStdin();
    if (bytes.length > options.maxBytes) return fail('<stdin>', `larger than --max-bytes (${bytes.length} > ${options.maxBytes})`);
    if (bytes.length === 0) return fail('<stdin>', 'empty file');
    const outcomes = cleanInput(bytes, docOptions);
    const result = outcomes[0]!.result;
    if (!result.ok) return fail('<stdin>', result.error);
    process.stdout.write(options.json ? metadataJson(result.article, true) : result.article.text);
    return EXIT.ok;
  }
  if (inputs.includes('-')) throw new UsageError('"-" (stdin) cannot be mixed with files');
  if (!options.out) throw new UsageError('--out <dir> is required when cleaning files or folders');
  const outDir = path.resolve(options.out);
  for (const input of inputs) {
    const abs = path.resolve(input);
    if (outDir === abs || outDir.startsWith(abs + path.sep)) {
      throw new UsageError(`output folder ${options.out} is inside input ${input}: choose an --out outside the inputs`);
    }
  }
  const started = Date.now();
  const walked = await walkInputs(inputs, [outDir]);
  for (const error of walked.errors) process.stderr.write(`clean: ${error}\n`);
  if (walked.files.length === 0 && walked.errors.length > 0) return EXIT.usage;
  const failures: { path: string; error: string }[] = [];
  const removed: Record<string, number> = {};
  const sites: Record<string, number> = {};
  let cleaned = 0;
  let documents = 0;
  // Cleaning is synchronous; a few files in flight keep the disk busy while one is cleaned.
  await pMap(walked.files, async (file) => {
    const outcomes = await cleanFileDocuments(file.path, { ...docOptions, path: file.relative });
    documents += outcomes.length;
    for (const { name, result } of outcomes) {
      // A record of a .jsonl file is written as <file without extension>/<id or line-N>.
      const base = name === null ? stripExtension(file.relative) : path.join(stripExtension(file.relative), name);
      const shown = name === null ? file.relative : `${file.relative} [${name}]`;
      if (!result.ok) {
        failures.push({ path: shown, error: result.error });
        process.stderr.write(`clean: ${shown}: ${result.error}\n`);
        continue;
      }
      try {
        await writeArticle(outDir, base, result.article);
      } catch (error) {
        failures.push({ path: shown, error: `cannot write output: ${(error as Error).message}` });
        process.stderr.write(`clean: ${shown}: cannot write output: ${(error as Error).message}\n`);
        continue;
      }
      cleaned++;
      const m = result.article.metadata;
      sites[m.site.id] = (sites[m.site.id] ?? 0) + 1;
      for (const [reason, n] of Object.entries(m.stats.removedByReason)) removed[reason] = (removed[reason] ?? 0) + n;
      if (options.verbose) process.stderr.write(`${shown}: ${m.site.id}, ${m.stats.paragraphs} paragraphs, ${m.stats.blocksRemoved} blocks removed\n`);
    }
  }, { concurrency: IO_CONCURRENCY });
  failures.sort((a, b) => a.path.localeCompare(b.path));
  const seconds = (Date.now() - started) / 1000;
  const summary = {
    tool: TOOL,
    files: walked.files.length,
    documents,
    cleaned,
    failed: failures.length + walked.errors.length,
    failures: [...walked.errors.map((e) => ({ path: e.split(':')[0] ?? e, error: e })), ...failures],
    sites,
    removedByReason: Object.fromEntries(Object.entries(removed).sort(([a], [b]) => a.localeCompare(b))),
    seconds,
  };
  if (options.report) await writeFile(options.report, JSON.stringify(summary, null, 2) + '\n');
  if (!options.quiet) {
    process.stderr.write(`clean: ${cleaned} cleaned, ${summary.failed} failed, ${documents} documents in ${seconds.toFixed(1)}s -> ${options.out}\n`);
  }
  return summary.failed > 0 ? EXIT.documentFailed : EXIT.ok;
}

/** `a/b.jsonl.gz` → `a/b`. */
function stripExtension(relative: string): string {
  return relative.replace(/(\.[^./\\]+)?(\.gz)?$/i, '');
}

function fail(name: string, error: string): number {
  process.stderr.write(`clean: ${name}: ${error}\n`);
  return EXIT.documentFailed;
}

export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv as string[]);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end with code 0; everything else commander rejects is usage.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`clean: ${error.message}\n`);
      return EXIT.usage;
    }
    process.stderr.write(`clean: ${(error as Error).message}\n`);
    return EXIT.documentFailed;
  }
}
