import type { Metadata } from 'next';

import { RequestScreen, requestMetadata } from '../../_components/request-screen';

// The form prefilled from a customer's "link with my answers" (host names, addresses, their own
// words), rendered on each request and never cached. The server maps such /request links here.
type Props = { searchParams: Promise<Record<string, string | Array<string> | undefined>> };

export const metadata: Metadata = requestMetadata(true);

export default async function RequestShared({ searchParams }: Props) {
  return <RequestScreen query={await searchParams} />;
}
