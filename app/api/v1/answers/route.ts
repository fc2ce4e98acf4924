import { json } from '@/lib/api/json';
import { getAssistant } from '@/lib/troubleshoot';
import { fillCase } from '@/lib/troubleshoot/personalise';
import { absoluteUrl } from '@/lib/site-url';

// The list only changes with the content, so it is built once.
export const dynamic = 'force-static';

export async function GET() {
  const assistant = await getAssistant();
  return json({
    answers: [...assistant.answers.values()].map((a) => ({
      id: a.id,
      kind: a.kind,
      title: fillCase(a.title, {}),
      summary: fillCase(a.summary, {}),
      url: absoluteUrl(assistant.config, `/answers/${a.id}`),
    })),
  });
}
