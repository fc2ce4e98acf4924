import { RequestScreen, requestMetadata } from '../_components/request-screen';

// The empty form, prerendered. Through the site's server /request is served from app/state/[key]
// with the troubleshooter's facts (cached), or from ./shared with a customer's shared answers
// (never cached); see server/routing.mjs. This page serves plain `next start`.
export const metadata = requestMetadata(false);

export default function RequestPage() {
  return <RequestScreen query={{}} />;
}
