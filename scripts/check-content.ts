// Run by `npm run build` before `next build`: reads and checks every content file the way the site
// will, and stops the build in seconds with each file, line and fix, instead of after minutes of
// compiling, when a page that reads the broken file is prerendered.
import { loadLibrary } from '../lib/content/library';
import { ContentError } from '../lib/content/problems';
import { compileRules } from '../lib/diagnose/classify';

try {
  compileRules((await loadLibrary()).diagnose);
} catch (error) {
  if (!(error instanceof ContentError)) {
    throw error;
  }
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
