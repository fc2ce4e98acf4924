import type { TocEntry } from '@/lib/markdown/outline';

function Entries({ entries }: { entries: ReadonlyArray<TocEntry> }) {
  return (
    <ol>
      {entries.map((e) => (
        <li key={e.id}>
          <a href={`#${e.id}`}>{e.text}</a>
          {e.children.length > 0 ? <Entries entries={e.children} /> : null}
        </li>
      ))}
    </ol>
  );
}

export function Toc({ entries }: { entries: ReadonlyArray<TocEntry> }) {
  if (entries.length === 0) {
    return null;
  }
  return (
    <nav className="toc" aria-labelledby="toc-title">
      <h2 id="toc-title">On this page</h2>
      <Entries entries={entries} />
    </nav>
  );
}
