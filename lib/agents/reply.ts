// Ready-to-paste replies for agents: short, polite, with the exact link.
import type { Answer } from '../content/library';
import type { FlatHit } from '../search/engine';
import type { CaseValues } from '../troubleshoot/personalise';
import { fillCase } from '../troubleshoot/personalise';

export function replyFor(hit: FlatHit, url: string, values: CaseValues, answer: Answer | undefined): string {
  switch (hit.kind) {
    case 'answer':
      return answer ? `${fillCase(answer.reply, values)}\n\n${url}` : url;
    case 'section':
      return `This part of our help explains it, step by step: "${hit.title}" (in "${hit.pageTitle}").\n${url}`;
    case 'article':
      return `This article explains it, step by step: "${hit.title}".\n${url}`;
    case 'isp':
      return `Here is what we know about ${hit.title} and port 25, with our sources and how to ask for an exception:\n${url}`;
    case 'node':
      return `Let's work through it together: this link opens the right question in our troubleshooter.\n${url}`;
  }
}
