/** "Help › <parent>": where a page sits, for readers who arrive from a pasted link. */
export function Breadcrumbs({ parent }: { parent: { href: string; label: string } }) {
  return (
    <nav className="breadcrumbs no-print" aria-label="Breadcrumb">
      <ol>
        <li>
          <a href="/">Help</a>
        </li>
        <li>
          <a href={parent.href}>{parent.label}</a>
        </li>
      </ol>
    </nav>
  );
}
