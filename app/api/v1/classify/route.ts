import { z } from 'zod';

import { BodyTooLarge, readBody } from '@/lib/api/body';
import { json, jsonError } from '@/lib/api/json';
import { maxTextBytes } from '@/lib/diagnose/classify';
import { recordDiagnosis } from '@/lib/events';
import { classifyText } from '@/lib/diagnose';
import { factsFromClassification, troubleshootPath } from '@/lib/diagnose/troubleshoot-link';
import { absoluteUrl } from '@/lib/site-url';
import { getAssistant } from '@/lib/troubleshoot';

const bodySchema = z.object({ text: z.string() });

/** JSON escapes can make the body several times the text; the text itself is capped below. */
const maxBodyBytes = maxTextBytes * 6 + 1024;

/** Classifies pasted error text. Nothing is stored or logged; the text only lives in this request. */
export async function POST(request: Request) {
  let raw: string;
  try {
    raw = await readBody(request, maxBodyBytes);
  } catch (error) {
    if (error instanceof BodyTooLarge) {
      return jsonError(413, 'text', 'The body is too large; send at most 64 KB of text.');
    }
    throw error;
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return jsonError(400, undefined, 'The body is not valid JSON; send {"text": "…"}.');
  }
  const parsed = bodySchema.safeParse(body);
  if (!parsed.success) {
    return jsonError(400, 'text', 'Send a JSON object with a "text" string: {"text": "…"}.');
  }
  if (Buffer.byteLength(parsed.data.text, 'utf8') > maxTextBytes) {
    return jsonError(413, 'text', 'The text is longer than 64 KB; send the part with the error.');
  }
  const [result, assistant] = await Promise.all([classifyText(parsed.data.text), getAssistant()]);
  recordDiagnosis(result.diagnosis, 'api');
  const facts = factsFromClassification(result, {}, assistant.ispSlugs);
  return json(
    { ...result, troubleshoot: absoluteUrl(assistant.config, troubleshootPath(facts)) },
    { cache: 'no-store' },
  );
}
