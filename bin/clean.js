#!/usr/bin/env node
// Thin entry: the program lives in dist/cli (built from src/cli by `npm run build`).
import { main } from '../dist/cli/main.js';

process.exitCode = await main(process.argv);
