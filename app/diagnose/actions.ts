'use server';
// Server functions for pasted error text. The text arrives in the POST body, is classified, and is
// only sent back to the same browser to show it highlighted: it never goes into a URL, a log or
// storage.
import { redirect } from 'next/navigation';

import { getLibrary } from '@/lib/content';
import { maxTextBytes } from '@/lib/diagnose/classify';
import { classifyText } from '@/lib/diagnose';
import { factsFromClassification, troubleshootPath } from '@/lib/diagnose/troubleshoot-link';
import { getAssistant } from '@/lib/troubleshoot';
import { parseFacts } from '@/lib/vocabulary/query';

import type { DiagnoseState } from '../_components/diagnosis-view';

function readText(formData: FormData): { text: string } | { error: string } {
  const value = formData.get('text');
  const text = typeof value === 'string' ? value : '';
  if (text.trim() === '') {
    return { error: 'Paste the error message or the test output first.' };
  }
  if (Buffer.byteLength(text, 'utf8') > maxTextBytes) {
    return {
      error: 'That is more than 64 KB. Paste only the part with the error, such as the last 50 lines of the log.',
    };
  }
  return { text };
}

export async function diagnose(_previous: DiagnoseState, formData: FormData): Promise<DiagnoseState> {
  const read = readText(formData);
  if ('error' in read) {
    return { error: read.error };
  }
  const [result, assistant, { diagnose: rules }] = await Promise.all([
    classifyText(read.text),
    getAssistant(),
    getLibrary(),
  ]);
  const facts = factsFromClassification(result, {}, assistant.ispSlugs);
  return {
    text: read.text,
    result: {
      ...result,
      alternatives: result.alternatives.map((id) => ({ id, title: rules.diagnoses[id].title })),
      article: result.article,
    },
    troubleshoot: troubleshootPath(facts),
  };
}

/** From the troubleshooter: classify, then continue the walk with what the text told us. */
export async function pasteIntoTroubleshooter(query: string, formData: FormData): Promise<void> {
  const assistant = await getAssistant();
  const known = parseFacts(new URLSearchParams(query), assistant.ispSlugs);
  const read = readText(formData);
  const facts = known.ok ? known.facts : {};
  // Back at the troubleshooter's current step (#step), as after any other answer.
  if ('error' in read) {
    redirect(`${troubleshootPath(facts)}#step`);
  }
  const result = await classifyText(read.text);
  redirect(`${troubleshootPath(factsFromClassification(result, facts, assistant.ispSlugs))}#step`);
}
