import { maxQueryLength } from '@/lib/search/engine';

type Props = { id: string; label?: string; defaultValue?: string; autoFocus?: boolean };

/** A plain GET form to /search: works without JavaScript, and the URL is shareable. */
export function SearchForm({ id, label = 'Search the help articles', defaultValue, autoFocus }: Props) {
  return (
    <form className="search-form" role="search" action="/search" method="get">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={maxQueryLength}
        placeholder="e.g. Outlook 587"
        autoComplete="off"
        enterKeyHint="search"
        autoFocus={autoFocus}
      />
      <button type="submit">Search</button>
    </form>
  );
}
