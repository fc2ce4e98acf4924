import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { ImageResponse } from 'next/og';

export const ogSize = { width: 1200, height: 630 };

// Fonts are read from disk: next/og would otherwise fetch one from a CDN at render time.
const fonts = Promise.all(
  (['400', '700'] as const).map(async (weight) => ({
    name: 'Atkinson Hyperlegible',
    data: await readFile(join(process.cwd(), 'public/fonts', `atkinson-hyperlegible-latin-${weight}-normal.woff`)),
    weight: Number(weight) as 400 | 700,
    style: 'normal' as const,
  })),
);

type Props = { site: string; title: string; kicker: string; host: string; accent: string };

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** One Open Graph card for every page: site name, a short kicker, the title, the host name. */
export async function renderOgCard({ site, title, kicker, host, accent }: Props): Promise<ImageResponse> {
  return new ImageResponse(
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '64px 72px',
        background: '#ffffff',
        color: '#1b1f24',
        fontFamily: 'Atkinson Hyperlegible',
        borderTop: `24px solid ${accent}`,
      }}
    >
      <div style={{ display: 'flex', fontSize: 34, fontWeight: 700, color: accent }}>{clip(site, 40)}</div>
      <div style={{ display: 'flex', flexDirection: 'column', gap: 20 }}>
        <div style={{ display: 'flex', fontSize: 30, color: '#545d68' }}>{clip(kicker, 60)}</div>
        <div style={{ display: 'flex', fontSize: 68, fontWeight: 700, lineHeight: 1.1 }}>{clip(title, 90)}</div>
      </div>
      <div style={{ display: 'flex', fontSize: 28, color: '#545d68' }}>{host}</div>
    </div>,
    { ...ogSize, fonts: await fonts },
  );
}
