import { Logo } from './logo';

export function SiteHeader({ name, tagline }: { name: string; tagline: string }) {
  return (
    <header className="site-header">
      <div className="wrap">
        <a className="brand" href="/">
          <Logo />
          <span>
            {name}
            <small>{tagline}</small>
          </span>
        </a>
        <nav className="site-nav" aria-label="Main">
          <ul>
            <li>
              <a href="/troubleshoot">Troubleshoot</a>
            </li>
            <li>
              <a href="/articles">Articles</a>
            </li>
            <li>
              <a href="/isps">Providers</a>
            </li>
            <li>
              <a href="/search">Search</a>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
