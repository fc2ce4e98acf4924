import { readBody, BodyTooLarge } from '@/lib/api/body';
import { clientOf, guards } from '@/lib/events/guards';
import { json, jsonError } from '@/lib/api/json';
import { recordFeedback } from '@/lib/events';
import { isProblem, parseFeedback } from '@/lib/api/feedback';
import { targetExists } from '@/lib/events/targets';
import { getAssistant } from '@/lib/troubleshoot';

/** A vote is a few dozen bytes. */
const maxBodyBytes = 1024;

/** "Did this solve it?" as JSON: {"target": "answer/use-587", "helpful": false}, then {"target": ..., "reason": "didnt-work"}. */
export async function POST(request: Request) {
  const client = clientOf(request.headers);
  if (client !== undefined) {
    const verdict = guards().feedback.take(client, Date.now());
    if (!verdict.allowed) {
      const res = jsonError(
        429,
        undefined,
        `Too many votes from your address. Try again in ${verdict.retryAfterSeconds} seconds.`,
      );
      res.headers.set('Retry-After', String(verdict.retryAfterSeconds));
      return res;
    }
  }
  let raw: string;
  try {
    raw = await readBody(request, maxBodyBytes);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      return jsonError(413, 'body', 'The body is too large; a vote is {"target": "answer/use-587", "helpful": true}.');
    }
    throw error;
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return jsonError(400, 'body', 'The body is not valid JSON; send {"target": "answer/use-587", "helpful": true}.');
  }
  const assistant = await getAssistant();
  const feedback = parseFeedback(body, (t) => targetExists(assistant, t));
  if (isProblem(feedback)) {
    return jsonError(400, feedback.parameter, feedback.message);
  }
  recordFeedback(feedback, client);
  // The same answer whether or not a repeated vote was counted.
  return json({ received: true }, { status: 202, cache: 'no-store' });
}
