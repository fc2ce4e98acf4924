// The classifier's labelled texts: the fixture (test/fixtures/diagnose/cases.json) and the
// development corpus (test/fixtures/diagnose/corpus/*.json), read into one shape, each text in a
// fixed half: "dev" (rules may be written from it) or "check" (held back to see whether they
// generalise). The half comes from a hash of the id, so it never changes as texts are added.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { z } from 'zod';

import { diagnosisIds, type DiagnosisId } from '@/lib/vocabulary/diagnoses';

export type LabelledText = {
  id: string;
  text: string;
  label: DiagnosisId;
  ambiguous: boolean;
  alternatives: Array<DiagnosisId>;
  family: string;
  source: string;
  half: 'dev' | 'check';
};

const fixtureDir = join(import.meta.dirname, '../fixtures/diagnose');

const caseSchema = z.object({
  id: z.string(),
  text: z.string(),
  expected: z.enum(diagnosisIds),
  ambiguous: z.boolean(),
  source: z.string(),
  family: z.string().optional(),
  alternatives: z.array(z.enum(diagnosisIds)).optional(),
});

const corpusEntrySchema = z.object({
  id: z.string(),
  text: z.string(),
  label: z.enum(diagnosisIds),
  ambiguous: z.boolean().default(false),
  alternatives: z.array(z.enum(diagnosisIds)).default([]),
  family: z.string(),
  source: z.string(),
});

/** FNV-1a, 32 bits: a stable hash of the id. */
function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export const halfOf = (id: string): 'dev' | 'check' => ((hash(id) & 1) === 0 ? 'dev' : 'check');

/** A family for fixture texts that have none: what wrote them, from the source and the text. */
function fixtureFamily(text: string): string {
  return /postfix|exim|sendmail|exchange|hmailserver|status=|dsn=|said:|mailer-daemon/i.test(text)
    ? 'fixture: mail servers'
    : /telnet|openssl|\bnc\b|swaks|Test-NetConnection|TcpTestSucceeded|curl/i.test(text)
      ? 'fixture: test commands'
      : /0x[0-9a-f]{8}|Outlook|Thunderbird|Outgoing server|iPhone|Windows Mail/i.test(text)
        ? 'fixture: mail programs'
        : /Exception|Error:|errno|Traceback|PHPMailer|nodemailer|smtplib|\bat [\w.]+\(/i.test(text)
          ? 'fixture: libraries'
          : 'fixture: other';
}

export function loadCorpus(): Array<LabelledText> {
  const fixture = z.array(caseSchema).parse(JSON.parse(readFileSync(join(fixtureDir, 'cases.json'), 'utf8')));
  const texts: Array<LabelledText> = fixture.map((c) => ({
    id: c.id,
    text: c.text,
    label: c.expected,
    ambiguous: c.ambiguous,
    alternatives: c.alternatives ?? [],
    family: c.family ?? fixtureFamily(c.text),
    source: c.source,
    half: halfOf(c.id),
  }));
  const corpusDir = join(fixtureDir, 'corpus');
  const seen = new Set(texts.map((t) => t.text.trim()));
  if (existsSync(corpusDir)) {
    for (const file of readdirSync(corpusDir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const raw: unknown = JSON.parse(readFileSync(join(corpusDir, file), 'utf8'));
      const entries = Array.isArray(raw) ? raw : ((raw as { texts?: unknown }).texts ?? []);
      for (const entry of z.array(corpusEntrySchema).parse(entries)) {
        if (!seen.has(entry.text.trim())) {
          seen.add(entry.text.trim());
          texts.push({ ...entry, half: halfOf(entry.id) });
        }
      }
    }
  }
  return texts;
}

/** Right when the diagnosis is the label; for an ambiguous text, also when the label is offered. */
export function readRight(t: LabelledText, r: { diagnosis: string; alternatives: ReadonlyArray<string> }): boolean {
  if (r.diagnosis === t.label) {
    return true;
  }
  return t.ambiguous && r.alternatives.includes(t.label);
}
