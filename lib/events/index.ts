// The events the site's routes record, one function each: the only way app code counts anything.
// Each takes ids (or, for a search that found nothing, the scrubbed query) and never waits.
import 'server-only';

import { guards } from './guards';
import { diagnosisIds } from '../vocabulary/diagnoses';
import type { Feedback } from '../api/feedback';
import { record } from './runtime';
import { scrubQuery } from './scrub';

/** A search on /search; only one that found nothing keeps its (scrubbed) words. */
export function recordSearch(query: string, hits: number): void {
  if (query.trim() !== '' && hits === 0) {
    record({ type: 'search-miss', subject: scrubQuery(query), detail: '' });
  }
}

/** The diagnosis a pasted text got (never the text), and where it was pasted. */
export function recordDiagnosis(diagnosis: string, via: 'diagnose' | 'troubleshoot' | 'chat' | 'api'): void {
  if ((diagnosisIds as ReadonlyArray<string>).includes(diagnosis)) {
    record({ type: 'diagnosis', subject: diagnosis, detail: via });
  }
}

/** Whether the chat understood a typed message (never the message). */
export function recordChatMessage(understood: boolean): void {
  record({ type: 'chat', subject: understood ? 'understood' : 'missed', detail: '' });
}

/** A request letter was prepared, for an ISP of the directory or another. */
export function recordLetter(isp: string | undefined): void {
  record({ type: 'letter', subject: isp ?? 'other', detail: '' });
}

/** "I still need help" was followed from `from` (a feedback target, or "chat"), to the support page or an email. */
export function recordNeedHelp(from: string, by: 'page' | 'email'): void {
  record({ type: 'need-help', subject: from, detail: by });
}

/** Counts the feedback unless this client already gave the same today (see damping.ts). */
export function recordFeedback(feedback: Feedback, client: string | undefined): void {
  const type = 'helpful' in feedback ? 'vote' : 'reason';
  if (guards().votes.allow(client, `${type} ${feedback.target}`)) {
    record({
      type,
      subject: feedback.target,
      detail: 'helpful' in feedback ? (feedback.helpful ? 'yes' : 'no') : feedback.reason,
    });
  }
}
