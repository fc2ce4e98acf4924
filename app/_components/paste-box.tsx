import { pasteIntoTroubleshooter } from '../diagnose/actions';

/**
 * "Paste the error instead": the classifier fills in what the text tells, and the troubleshooter
 * carries on from there. A plain POST form, so it works without JavaScript.
 */
export function PasteBox({ query }: { query: string }) {
  return (
    <details className="paste-box">
      <summary>Have an error message? Paste it instead</summary>
      <form action={pasteIntoTroubleshooter.bind(null, query)} className="paste-form">
        <label htmlFor="troubleshoot-paste">Paste the error message, the log lines or the test output</label>
        <textarea id="troubleshoot-paste" name="text" rows={5} required spellCheck={false} />
        <button type="submit">Use this error</button>
      </form>
    </details>
  );
}
