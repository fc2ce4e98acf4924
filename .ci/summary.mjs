// Prints "N passed, N failed" from vitest's JSON report. A check that failed before or outside the
// tests (lint, types, build, a crashed setup) counts as one failure, so CI never reads it as green.
import { readFileSync } from 'node:fs';

const [file = 'test-results/vitest.json', statusArg = '0'] = process.argv.slice(2);
const status = Number(statusArg);
let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  if (failed === 0 && (report.success === false || status !== 0)) {
    failed = 1;
  }
} catch {
  failed = 1;
}
if (status !== 0 && failed === 0) {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
