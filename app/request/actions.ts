'use server';
// The request letter is prepared from the POSTed answers and sent back to the same browser only:
// nothing is stored or logged, and no answer goes into a URL.
import { getLibrary } from '@/lib/content';
import { recordLetter } from '@/lib/events';
import { formatDate } from '@/lib/format';
import { parseRequest, rawFromFormData, shareableQuery, type RawRequest } from '@/lib/letter/form';
import { mailtoLink, renderLetter } from '@/lib/letter/letter';
import { absoluteUrl } from '@/lib/site-url';

export type SendRoute = {
  method: string;
  detail: string;
  url?: string | undefined;
  email?: string | undefined;
  /** The year the route was reported in, or "undated". */
  reported: string;
};

export type RequestState = {
  raw?: RawRequest;
  errors?: Partial<Record<string, string>>;
  /** The connection is residential or dynamic: say so before writing the letter. */
  warning?: boolean;
  letter?: { subject: string; text: string };
  mailto?: string | undefined;
  isp?: {
    name: string;
    slug?: string | undefined;
    routes: Array<SendRoute>;
    requirements: Array<string>;
    note?: string | undefined;
  };
  share?: string;
};

export async function prepareLetter(_previous: RequestState, form: FormData): Promise<RequestState> {
  const raw = rawFromFormData(form);
  const library = await getLibrary();
  const parsed = parseRequest(raw, new Set(library.isps.map((i) => i.slug)));
  if (!parsed.ok) {
    return { raw, errors: parsed.errors };
  }
  if (parsed.needsAcknowledgement) {
    return { raw, warning: true };
  }
  const { request } = parsed;
  const isp = library.isps.find((i) => i.slug === request.isp);
  const letter = renderLetter(
    library.letter,
    request,
    isp,
    formatDate(new Date().toISOString().slice(0, 10), library.config.language),
  );
  recordLetter(isp?.slug);
  const email = isp?.exception.routes.find((r) => r.email)?.email;
  return {
    raw,
    letter,
    mailto: email ? mailtoLink(email, letter) : undefined,
    isp: {
      name: isp?.name ?? request.ispName,
      slug: isp?.slug,
      routes: (isp?.exception.routes ?? []).map((r) => ({
        method: r.method,
        detail: r.detail,
        url: r.url,
        email: r.email,
        reported: r.reported,
      })),
      requirements: isp?.exception.requirements ?? [],
      note: isp?.exception.note,
    },
    share: absoluteUrl(library.config, `/request?${shareableQuery(raw)}`),
  };
}
