import type { NextRequest } from 'next/server';

import { json, jsonError } from '@/lib/api/json';
import { getAssistant } from '@/lib/troubleshoot';
import { answeredSteps, walk } from '@/lib/troubleshoot/engine';
import { caseValues } from '@/lib/troubleshoot/case';
import { fillCase } from '@/lib/troubleshoot/personalise';
import { parseFacts, toQuery } from '@/lib/vocabulary/query';
import { absoluteUrl } from '@/lib/site-url';

import { answerPath } from '../../../_components/answer-view';

/** The assistant as JSON: the same query as /troubleshoot in, the next question or the outcome out. */
export async function GET(request: NextRequest) {
  const assistant = await getAssistant();
  const parsed = parseFacts(request.nextUrl.searchParams, assistant.ispSlugs);
  if (!parsed.ok) {
    return jsonError(400, parsed.problem.parameter, parsed.problem.message);
  }
  const { facts } = parsed;
  const state = walk(assistant.tree, facts, assistant.context);
  const query = toQuery(facts);
  const common = {
    facts,
    answered: answeredSteps(state.steps).map((s) => ({ id: s.id, value: s.value, label: s.option.label })),
    url: absoluteUrl(assistant.config, `/troubleshoot${query ? `?${query}` : ''}`),
  };
  if (state.kind === 'question') {
    return json({
      state: 'question',
      question: {
        id: state.id,
        text: state.question.text,
        options: state.options.map((o) => ({ id: o.id, label: o.label })),
        answer: `Add ${state.id}=<option id> to the query.`,
      },
      ...common,
    });
  }
  const answer = assistant.answers.get(state.answer);
  const values = caseValues(facts, assistant.tree, assistant.isps);
  return json({
    state: 'outcome',
    outcome: {
      id: state.answer,
      kind: answer?.kind,
      title: answer && fillCase(answer.title, values),
      summary: answer && fillCase(answer.summary, values),
      url: absoluteUrl(assistant.config, answerPath(state.answer, facts)),
    },
    ...common,
  });
}
