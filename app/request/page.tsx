import { RequestScreen, requestMetadata } from '../_components/request-screen';

// The empty form, prerendered. Links that prefill it are served from ./case/[key] (the
// troubleshooter's facts, cached) or ./shared (a customer's shared answers, never cached); see
// server/routing.mjs.
export const metadata = requestMetadata(false);

export default function RequestPage() {
  return <RequestScreen query={{}} />;
}
