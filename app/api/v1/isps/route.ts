import type { NextRequest } from 'next/server';

import { json, jsonError } from '@/lib/api/json';
import { getAssistant } from '@/lib/troubleshoot';
import { absoluteUrl } from '@/lib/site-url';

/** The ISP directory; ?country=GB narrows it to one country (ISO code, or "global"). */
export async function GET(request: NextRequest) {
  const assistant = await getAssistant();
  const countries = request.nextUrl.searchParams.getAll('country');
  if (countries.length > 1) {
    return jsonError(400, 'country', '"country" was given more than once; give it once');
  }
  const country = countries[0];
  if (country !== undefined && !/^(?:[A-Z]{2}|global)$/.test(country)) {
    return jsonError(
      400,
      'country',
      `"${country.slice(0, 40)}" is not a country code; use two capital letters such as GB, or "global"`,
    );
  }
  const isps = [...assistant.isps.values()].filter((i) => country === undefined || i.country === country);
  return json({
    isps: isps.map(({ file: _file, ...isp }) => ({ ...isp, url: absoluteUrl(assistant.config, `/isps/${isp.slug}`) })),
  });
}
