// Answers: the outcomes of the troubleshooting tree, one markdown file each in content/answers/.
// They may use case placeholders ({{case.isp}}, ...) that are filled in per customer at render time.
import type { Root } from 'hast';

import type { LinkTarget } from './links';
import { parseMarkdownFile } from './markdown-file';
import type { Placeholders } from '../markdown/placeholders';
import { stepsAfter } from './sections';
import type { Problem } from './problems';
import { answerFrontmatterSchema, type AnswerFrontmatter } from './schema';

/** Placeholders about the customer's case, with what they say when the fact is not known. */
export const casePlaceholders = {
  'case.isp': 'your internet provider',
  /** What the directory says about the ISP's port 25, with the year; nothing when the ISP is not known. */
  'case.isp.port25': '',
  'case.client': 'your mail program',
  'case.server': 'your mail server',
} as const;
export type CasePlaceholder = keyof typeof casePlaceholders;

export type Answer = AnswerFrontmatter & { id: string; file: string; tree: Root; target: LinkTarget };

/** The ESP's placeholders plus the case ones, which stay in the text until render time. */
export function answerPlaceholders(placeholders: Placeholders): Placeholders {
  const all = new Map(placeholders);
  for (const name of Object.keys(casePlaceholders)) {
    all.set(name, `{{${name}}}`);
  }
  return all;
}

export function parseAnswer(
  source: string,
  file: string,
  id: string,
  placeholders: Placeholders | undefined,
): { answer?: Answer; target: LinkTarget; problems: Array<Problem> } {
  const { data, tree, target, problems, fill } = parseMarkdownFile(
    source,
    file,
    id,
    answerFrontmatterSchema,
    placeholders && answerPlaceholders(placeholders),
  );
  if (!data) {
    return { target, problems };
  }
  if (data.embed === 'steps' && !target.ids.has(stepsAfter)) {
    problems.push({
      file,
      line: 1,
      message: `"embed: steps" shows the customer's own steps right after the "## What to do" section (id "${stepsAfter}"), and this answer has none: add that section`,
    });
  }
  const answer: Answer = {
    ...data,
    id,
    file,
    title: fill(data.title),
    summary: fill(data.summary),
    reply: fill(data.reply),
    tree,
    target,
  };
  return { answer, target, problems };
}
