/** The envelope mark used in the header; decorative, the site name beside it is the text. */
export function Logo() {
  return (
    <svg width="28" height="28" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect x="2" y="6" width="28" height="20" rx="4" fill="currentColor" opacity="0.12" />
      <rect x="2" y="6" width="28" height="20" rx="4" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <path d="M4 9l12 9 12-9" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinejoin="round" />
    </svg>
  );
}
