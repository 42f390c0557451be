#!/usr/bin/env node
// Thin entry: the program is dist/bundle/main.js, built from src/ by `npm run build` (tsc, then scripts/bundle.js).
import { main } from '../dist/bundle/main.js';

process.exitCode = await main(process.argv);
