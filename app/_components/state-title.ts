import { getAssistant } from '@/lib/troubleshoot';
import { caseValues } from '@/lib/troubleshoot/case';
import { answeredSteps, walk } from '@/lib/troubleshoot/engine';
import { fillCase } from '@/lib/troubleshoot/personalise';
import { parseFacts } from '@/lib/vocabulary/query';

/**
 * A page title for one assistant state: its question ("Question 3: Which mail program?") or its
 * answer. Each answer is a new page, and the title is what a screen reader says first on it.
 * Undefined for the start and for a link with a mistake in it.
 */
export async function stateTitle(query: URLSearchParams): Promise<string | undefined> {
  const assistant = await getAssistant();
  const parsed = parseFacts(query, assistant.ispSlugs);
  if (!parsed.ok || Object.keys(parsed.facts).length === 0) {
    return undefined;
  }
  const state = walk(assistant.tree, parsed.facts, assistant.context);
  if (state.kind === 'question') {
    return `Question ${answeredSteps(state.steps).length + 1}: ${state.question.text}`;
  }
  const answer = assistant.answers.get(state.answer);
  return answer ? fillCase(answer.title, caseValues(parsed.facts, assistant.tree, assistant.isps)) : undefined;
}
