import { clientOf, guards } from '@/lib/events/guards';
import { recordFeedback } from '@/lib/events';
import { isProblem, parseFeedback } from '@/lib/api/feedback';
import { returnPath, targetExists } from '@/lib/events/targets';
import { getAssistant } from '@/lib/troubleshoot';

/**
 * "Did this solve it?" without JavaScript: the widget's form posts here, and the customer is sent
 * back (303) to the page they were on, at the widget, which shows the next step by its anchor.
 */
export async function POST(request: Request) {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return page(400, 'That form could not be read. Go back and try again.');
  }
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : undefined;
  };
  const helpful = field('helpful');
  const body = {
    target: field('target'),
    ...(helpful === undefined ? {} : { helpful: helpful === 'yes' ? true : helpful === 'no' ? false : helpful }),
    ...(field('reason') === undefined ? {} : { reason: field('reason') }),
  };
  const assistant = await getAssistant();
  const feedback = parseFeedback(body, (t) => targetExists(assistant, t));
  if (isProblem(feedback)) {
    return page(400, 'That vote could not be read. Go back and try again.');
  }
  const client = clientOf(request.headers);
  const verdict = client === undefined ? { allowed: true as const } : guards().feedback.take(client, Date.now());
  if (verdict.allowed) {
    recordFeedback(feedback, client);
  }
  const step = 'helpful' in feedback ? (feedback.helpful ? 'yes' : 'no') : 'thanks';
  return new Response(null, {
    status: 303,
    headers: {
      Location: `${returnPath(field('return'), feedback.target)}#feedback-${step}`,
      'Cache-Control': 'no-store',
    },
  });
}

function page(status: number, message: string): Response {
  return new Response(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${message}</title></head><body><main><h1>${message}</h1><p><a href="/">Back to the help site</a></p></main></body></html>`,
    { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } },
  );
}
