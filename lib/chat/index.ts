// The case summary as the site serves it: from the loaded assistant and today's date.
import 'server-only';

import { formatDate } from '../format';
import { siteUrl } from '../site-url';
import { getAssistant } from '../troubleshoot';
import type { Facts } from '../vocabulary/facts';
import { buildSummary } from './summary';

export async function caseSummary(facts: Facts): Promise<string> {
  const assistant = await getAssistant();
  return buildSummary(
    facts,
    {
      siteName: `${assistant.config.name} Help`,
      baseUrl: siteUrl(assistant.config),
      tree: assistant.tree,
      context: assistant.context,
      answers: assistant.answers,
      isps: assistant.isps,
      diagnoses: assistant.diagnoses,
    },
    formatDate(new Date().toISOString().slice(0, 10), assistant.config.language),
  );
}
