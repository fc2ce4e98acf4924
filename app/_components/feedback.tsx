import { toQuery } from '@/lib/vocabulary/query';
import type { Facts } from '@/lib/vocabulary/facts';

import { FeedbackWidget } from './feedback-widget';

type Props = {
  /** "answer/<id>" or "article/<slug>". */
  target: string;
  /** This page's path and query. */
  returnTo: string;
  /** The case, when there is one: the ticket summary and the email to support are filled in from it. */
  facts?: Facts;
};

/** "Did this solve it?", with the ways forward when it did not: the case summary and "I still need help". */
export function Feedback({ target, returnTo, facts }: Props) {
  const query = facts ? toQuery(facts) : '';
  const needHelp = (by: 'page' | 'email') => `/need-help?from=${target}&by=${by}${query ? `&${query}` : ''}`;
  return (
    <FeedbackWidget
      target={target}
      returnTo={returnTo}
      wayForward={[
        ...(query ? [{ label: 'Download your case summary for a ticket', href: `/chat/summary?${query}` }] : []),
        { label: 'Email support with your case summary', href: needHelp('email') },
        { label: 'Open the support page', href: needHelp('page') },
      ]}
    />
  );
}
