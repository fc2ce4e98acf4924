import type { Metadata } from 'next';

import { DiagnoseForm } from '../_components/diagnose-form';

export const metadata: Metadata = {
  title: 'Paste your error',
  description:
    'Paste an error message, a bounce, log lines or port-test output and see what it means and how to fix it.',
  alternates: { canonical: '/diagnose' },
};

export default function DiagnosePage() {
  return (
    <div className="prose">
      <h1>Paste your error</h1>
      <p className="lead">
        Your mail program, your server's log or a test command says what went wrong, even when it does not say it
        plainly. Paste it here and we'll tell you what it means.
      </p>
      <DiagnoseForm />
    </div>
  );
}
