import { getLibrary } from '@/lib/content';
import { formatDate } from '@/lib/format';
import { parseRequest, rawFromFormData } from '@/lib/letter/form';
import { renderLetter } from '@/lib/letter/letter';

const maxBytes = 64 * 1024;

/** Download the letter as a .txt file: the answers arrive in the POST body and are not kept. */
export async function POST(request: Request) {
  const declared = Number(request.headers.get('content-length'));
  if (!Number.isFinite(declared) || declared > maxBytes) {
    return new Response('The form is too large.\n', {
      status: 413,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return new Response('Send the letter form.\n', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const library = await getLibrary();
  const parsed = parseRequest(rawFromFormData(form), new Set(library.isps.map((i) => i.slug)));
  if (!parsed.ok || parsed.needsAcknowledgement) {
    return new Response('Some answers are missing or not valid; go back to the form and prepare the letter again.\n', {
      status: 400,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const isp = library.isps.find((i) => i.slug === parsed.request.isp);
  const letter = renderLetter(
    library.letter,
    parsed.request,
    isp,
    formatDate(new Date().toISOString().slice(0, 10), library.config.language),
  );
  return new Response(`Subject: ${letter.subject}\n\n${letter.text}`, {
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Disposition': 'attachment; filename="port-25-exception-request.txt"',
      'Cache-Control': 'no-store',
    },
  });
}
