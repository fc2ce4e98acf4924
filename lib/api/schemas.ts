// What each /api/v1 route takes and answers, as schemas: the OpenAPI document (openapi.ts) is
// made from them, and every API test checks the responses it gets against that document.
import { z } from 'zod';

import { answerKinds, ispSchema } from '../content/schema';
import { diagnosisIds, impliedFactNames, meanings } from '../vocabulary/diagnoses';
import { factNames } from '../vocabulary/facts';

export const errorSchema = z.strictObject({
  error: z.strictObject({
    parameter: z.string().optional().describe('The parameter or field that was wrong, when one was.'),
    message: z.string().describe('What was wrong and how to put it right.'),
  }),
});

const factsSchema = z.partialRecord(z.enum(factNames), z.string()).describe('The facts known, by fact id.');
const common = {
  facts: factsSchema,
  answered: z.array(z.strictObject({ id: z.enum(factNames), value: z.string(), label: z.string() })),
  url: z.url().describe('The troubleshooter page of this state.'),
};

export const troubleshootSchema = z.discriminatedUnion('state', [
  z.strictObject({
    state: z.literal('question'),
    question: z.strictObject({
      id: z.enum(factNames),
      text: z.string(),
      options: z.array(z.strictObject({ id: z.string(), label: z.string() })),
      answer: z.string().describe('How to answer: add <id>=<option id> to the query.'),
    }),
    ...common,
  }),
  z.strictObject({
    state: z.literal('outcome'),
    outcome: z.strictObject({
      id: z.string(),
      kind: z.enum(answerKinds),
      title: z.string(),
      summary: z.string(),
      url: z.url().describe('The answer’s permalink, personalised for this case.'),
    }),
    ...common,
  }),
]);

export const classificationSchema = z.strictObject({
  diagnosis: z.enum(diagnosisIds),
  title: z.string(),
  explain: z.string(),
  article: z.string().optional().describe('The article section that explains what the text shows: slug#section.'),
  confidence: z.number().min(0).max(1),
  alternatives: z.array(z.enum(diagnosisIds)),
  evidence: z.array(
    z.strictObject({
      rule: z.string(),
      means: z
        .enum(meanings)
        .describe('A diagnosis, a kind of connection failure, or "connected" (a server answered), as scored.'),
      weight: z.number().optional().describe('The weight of the rule’s first signal, when it has one.'),
      start: z.int().min(0),
      end: z.int().min(0),
      match: z.string(),
      explain: z.string(),
    }),
  ),
  facts: z.strictObject({
    ports: z.array(z.int()),
    hosts: z.array(z.string()),
    ips: z.array(z.string()),
    replyCodes: z.array(z.string()),
    enhancedCodes: z.array(z.string()),
    osErrors: z.array(z.strictObject({ name: z.string(), number: z.int().optional() })),
    programCodes: z.array(z.string()),
  }),
  question: z.string().optional().describe('The question that would decide, when the text cannot.'),
  implied: z.partialRecord(z.enum(impliedFactNames), z.string()),
  truncated: z.boolean().describe('The text was longer than 64 KB and only its start was read.'),
  troubleshoot: z.url().describe('The troubleshooter with what the text told us filled in.'),
});

export const answersSchema = z.strictObject({
  answers: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.enum(answerKinds),
      title: z.string(),
      summary: z.string(),
      url: z.url(),
    }),
  ),
});

export const ispsSchema = z.strictObject({ isps: z.array(ispSchema.extend({ slug: z.string(), url: z.url() })) });

export const feedbackReceivedSchema = z
  .strictObject({ received: z.literal(true) })
  .describe('The same whether or not a repeated vote from the same client today was counted.');
