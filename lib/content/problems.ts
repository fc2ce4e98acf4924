// Content problems are collected per file and reported together, so one build run names them all.

export type Problem = {
  /** Path relative to the project root, e.g. content/articles/smtp-ports.md. */
  file: string;
  line?: number;
  column?: number;
  message: string;
};

export function formatProblem(p: Problem): string {
  const at = p.line === undefined ? p.file : `${p.file}:${p.line}${p.column === undefined ? '' : `:${p.column}`}`;
  return `${at}: ${p.message}`;
}

/** Thrown by the content loaders; its message lists every problem with the file and the fix. */
export class ContentError extends Error {
  readonly problems: ReadonlyArray<Problem>;

  constructor(problems: ReadonlyArray<Problem>) {
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    super(`Content has ${count}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}
