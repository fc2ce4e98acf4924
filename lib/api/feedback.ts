// "Did this solve it?": a vote (yes or no) or a reason, on an answer or an article. The same
// rules for the JSON API and the form that works without JavaScript.
import { z } from 'zod';

import { reasons } from '../vocabulary/feedback';

export const targetPattern = /^(?:answer|article)\/[a-z0-9-]{1,64}$/;

export const voteSchema = z.strictObject({
  target: z.string().regex(targetPattern).describe('What is rated: "answer/<id>" or "article/<slug>".'),
  helpful: z.boolean().describe('Whether it solved the problem.'),
});
export const reasonSchema = z.strictObject({
  target: z.string().regex(targetPattern).describe('What is rated: "answer/<id>" or "article/<slug>".'),
  reason: z.enum(reasons).describe('Why it did not help, after a "no".'),
});
export const feedbackSchema = z.union([voteSchema, reasonSchema]);
export type Feedback = z.infer<typeof feedbackSchema>;

export type FeedbackProblem = { parameter: string; message: string };

/** The feedback in a parsed JSON body or form, or the problem with it, naming the field. */
export function parseFeedback(body: unknown, exists: (target: string) => boolean): Feedback | FeedbackProblem {
  const parsed = feedbackSchema.safeParse(body);
  if (parsed.success) {
    return exists(parsed.data.target)
      ? parsed.data
      : { parameter: 'target', message: `There is no ${parsed.data.target.replace('/', ' "')}"; see /api/v1/answers` };
  }
  const object =
    typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : undefined;
  if (!object) {
    return { parameter: 'body', message: 'Send a JSON object such as {"target": "answer/use-587", "helpful": true}.' };
  }
  if (typeof object.target !== 'string' || !targetPattern.test(object.target)) {
    return { parameter: 'target', message: 'Send "target" as "answer/<id>" or "article/<slug>".' };
  }
  const extra = Object.keys(object).find((k) => k !== 'target' && k !== 'helpful' && k !== 'reason');
  if (extra !== undefined) {
    return {
      parameter: extra.slice(0, 40),
      message: `Unknown field "${extra.slice(0, 40)}"; send "helpful" or "reason".`,
    };
  }
  if ('reason' in object && !('helpful' in object)) {
    return { parameter: 'reason', message: `Send "reason" as one of: ${reasons.join(', ')}.` };
  }
  return {
    parameter: 'helpful',
    message: 'Send either "helpful" (true or false) or "reason" (after a "no"), not both.',
  };
}

export function isProblem(value: Feedback | FeedbackProblem): value is FeedbackProblem {
  return 'message' in value;
}
