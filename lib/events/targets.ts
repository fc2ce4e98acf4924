// Which feedback targets exist, and where each lives on the site.
import type { Assistant } from '../troubleshoot';

export function targetExists(assistant: Assistant, target: string): boolean {
  const [kind, id = ''] = target.split('/');
  return kind === 'answer' ? assistant.answers.has(id) : kind === 'article' ? assistant.articles.has(id) : false;
}

/** The page of a target: /answers/<id> or /articles/<slug>. */
export function targetPath(target: string): string {
  const [kind, id = ''] = target.split('/');
  return `/${kind === 'answer' ? 'answers' : 'articles'}/${id}`;
}

/** Pages a feedback form may send the customer back to: the assistant's and the articles. */
const returnPattern =
  /^\/(?:answers\/[a-z0-9-]{1,64}|articles\/[a-z0-9-]{1,80}|troubleshoot|chat)(?:\?[\w.~%&=+-]{0,2000})?$/;

/** Where to send the customer after a form post: the page they came from if it is one of ours, else the target's own page. */
export function returnPath(requested: unknown, target: string): string {
  return typeof requested === 'string' && returnPattern.test(requested) ? requested : targetPath(target);
}
