import type { Classification, Evidence } from '@/lib/diagnose/classify';
import type { DiagnosisId } from '@/lib/vocabulary/diagnoses';

export type DiagnoseState = {
  error?: string;
  text?: string;
  result?: Omit<Classification, 'alternatives'> & {
    alternatives: Array<{ id: DiagnosisId; title: string }>;
    article?: string | undefined;
  };
  troubleshoot?: string;
};

/** The text split into plain runs and highlighted evidence, overlapping spans merged. */
function segments(text: string, evidence: ReadonlyArray<Evidence>): Array<{ text: string; mark: boolean }> {
  const spans = [...evidence]
    .filter((e) => e.end > e.start)
    .sort((a, b) => a.start - b.start)
    .reduce<Array<[number, number]>>((merged, e) => {
      const last = merged.at(-1);
      if (last && e.start <= last[1]) {
        last[1] = Math.max(last[1], e.end);
      } else {
        merged.push([e.start, e.end]);
      }
      return merged;
    }, []);
  const out: Array<{ text: string; mark: boolean }> = [];
  let at = 0;
  for (const [start, end] of spans) {
    if (start > at) {
      out.push({ text: text.slice(at, start), mark: false });
    }
    out.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) {
    out.push({ text: text.slice(at), mark: false });
  }
  return out;
}

function likelihood(confidence: number): string {
  return confidence >= 0.75 ? 'Very likely' : confidence >= 0.5 ? 'Likely' : 'Possibly';
}

/** What the classifier found: in plain words first, then the evidence in the customer's own text. */
export function DiagnosisView({ state }: { state: DiagnoseState }) {
  const { result, text, troubleshoot } = state;
  if (!result || text === undefined) {
    return null;
  }
  const { facts } = result;
  const codes = [
    ...facts.replyCodes,
    ...facts.enhancedCodes,
    ...facts.programCodes,
    ...facts.osErrors.map((e) => e.name),
  ];
  return (
    <section className="diagnosis" aria-labelledby="diagnosis-title">
      <p className="answer-kind">{result.diagnosis === 'unknown' ? 'Not sure yet' : likelihood(result.confidence)}</p>
      <h2 id="diagnosis-title" tabIndex={-1}>
        {result.title}
      </h2>
      <p className="lead">{result.explain}</p>
      {result.question ? (
        <p className="question-box">
          <strong>To be sure:</strong> {result.question}
        </p>
      ) : null}
      <div className="cta-row">
        {troubleshoot ? (
          <a className="button" href={troubleshoot}>
            Get the fix
          </a>
        ) : null}
        {result.article ? <a href={`/articles/${result.article}`}>Read about it</a> : null}
      </div>
      {result.alternatives.length > 0 ? (
        <p>
          It could also be:{' '}
          {result.alternatives.map((a) => a.title.charAt(0).toLowerCase() + a.title.slice(1)).join('; ')}.
        </p>
      ) : null}
      <h3>What in your text points to this</h3>
      {result.evidence.length > 0 ? (
        <>
          <pre className="pasted" tabIndex={0} aria-label="Your text, with the evidence highlighted">
            {segments(text, result.evidence).map((s, i) => (s.mark ? <mark key={i}>{s.text}</mark> : s.text))}
          </pre>
          <ul>
            {result.evidence.map((e) => (
              <li key={`${e.rule}-${e.start}`}>
                <code>{e.match.length > 80 ? `${e.match.slice(0, 80)}…` : e.match}</code>: {e.explain}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>Nothing in it matched an error we know.</p>
      )}
      {facts.ports.length > 0 || facts.hosts.length > 0 || codes.length > 0 ? (
        <dl className="facts">
          {facts.ports.length > 0 ? (
            <>
              <dt>Ports</dt>
              <dd>{facts.ports.join(', ')}</dd>
            </>
          ) : null}
          {facts.hosts.length > 0 ? (
            <>
              <dt>Servers</dt>
              <dd>{facts.hosts.slice(0, 6).join(', ')}</dd>
            </>
          ) : null}
          {codes.length > 0 ? (
            <>
              <dt>Codes</dt>
              <dd>{codes.join(', ')}</dd>
            </>
          ) : null}
        </dl>
      ) : null}
      {result.truncated ? <p>Only the first 64 KB of your text was read.</p> : null}
    </section>
  );
}
