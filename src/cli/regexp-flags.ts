// Imported first by the command (src/cli/main.ts), so that it runs before any other module:
// regular expressions are compiled to machine code at their first run, not interpreted first
// and compiled again once hot. Every pattern of the rules runs on every document, so the
// interpreter's first runs are only warm-up: a first pass over the 5,000 corpus dumps in memory
// took ~5 % less time (medians of 8 runs each, 1.85 s and 1.76 s; callgrind counted 6 % fewer
// instructions over the first 1,000), warm passes the same, and one page on stdin costs the same.
// V8 decides how to compile a pattern when it first runs it, so the flag is set before any
// does; V8's flags are the process's, so the worker threads have it too. The library
// (dist/index.js) leaves V8's flags alone.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--no-regexp-tier-up');
