// The OpenAPI 3.1 document of every /api/v1 route, served at /api/v1/openapi.json. Schemas come
// from schemas.ts (zod, as JSON Schema 2020-12, which OpenAPI 3.1 uses as it is); a test checks
// that every route under app/api/v1 is described, and lints the document with Redocly.
import { z } from 'zod';

import { feedbackSchema } from './feedback';
import { factValues, factNames } from '../vocabulary/facts';
import {
  answersSchema,
  classificationSchema,
  errorSchema,
  feedbackReceivedSchema,
  ispsSchema,
  troubleshootSchema,
} from './schemas';

const registry = z.registry<{ id: string }>();
registry.add(errorSchema, { id: 'Error' });
registry.add(troubleshootSchema, { id: 'TroubleshootState' });
registry.add(classificationSchema, { id: 'Classification' });
registry.add(answersSchema, { id: 'Answers' });
registry.add(ispsSchema, { id: 'Isps' });
registry.add(feedbackSchema, { id: 'Feedback' });
registry.add(feedbackReceivedSchema, { id: 'FeedbackReceived' });

function componentSchemas(): Record<string, unknown> {
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'output',
    uri: (id) => `#/components/schemas/${id}`,
  });
  return Object.fromEntries(Object.entries(schemas).map(([id, { $schema: _s, $id: _i, ...schema }]) => [id, schema]));
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const jsonBody = (id: string, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(id) } },
});
const problem = (description: string) => jsonBody('Error', description);
const tooMany = problem('Too many requests from this address; the Retry-After header says when to try again.');
/** What the site's server refuses before a route sees it, on every GET and every POST. */
const refusedGet = { '414': problem('The address is over 4 KB.'), '429': tooMany };
const refusedPost = {
  '411': problem('The request did not say its length.'),
  '413': problem('The body is over the limit.'),
  '429': tooMany,
};

export function openApiDocument(site: { name: string; url: string }) {
  return {
    openapi: '3.1.0',
    info: {
      title: `${site.name} Help API`,
      version: '1',
      description:
        'The help site as JSON: the troubleshooter, the error classifier, the answers and the ISP directory, and "did this solve it?" votes. No authentication; requests are rate limited per address.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: site.url }],
    security: [],
    tags: [
      { name: 'assistant', description: 'The troubleshooter and the error classifier.' },
      { name: 'content', description: 'Answers and internet providers.' },
      { name: 'feedback', description: 'Whether an answer or an article helped.' },
      { name: 'meta', description: 'This document.' },
    ],
    paths: {
      '/api/v1/troubleshoot': {
        get: {
          operationId: 'troubleshoot',
          tags: ['assistant'],
          summary: 'The next question, or the outcome, for the facts in the query',
          description: 'The same query as /troubleshoot. Answer a question by adding <question id>=<option id>.',
          parameters: factNames.map((name) => ({
            name,
            in: 'query',
            required: false,
            schema: factValues[name]
              ? { type: 'string', enum: [...factValues[name]] }
              : { type: 'string', maxLength: 64 },
            ...(name === 'isp' ? { description: 'An ISP id from /api/v1/isps, or "other".' } : {}),
          })),
          responses: {
            '200': jsonBody('TroubleshootState', 'The next question, or the outcome with its permalink.'),
            '400': problem('A fact was given twice or with a value it cannot take.'),
            ...refusedGet,
          },
        },
      },
      '/api/v1/classify': {
        post: {
          operationId: 'classify',
          tags: ['assistant'],
          summary: 'What a pasted error message means',
          description: 'The text is classified in memory and never stored or logged.',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['text'],
                  properties: {
                    text: { type: 'string', description: 'Up to 64 KB of error text, log lines or test output.' },
                  },
                },
              },
            },
          },
          responses: {
            '200': jsonBody('Classification', 'The diagnosis with its evidence, and a troubleshooter link.'),
            '400': problem('The body is not JSON with a "text" string.'),
            ...refusedPost,
            '413': problem('The text is over 64 KB.'),
          },
        },
      },
      '/api/v1/answers': {
        get: {
          operationId: 'listAnswers',
          tags: ['content'],
          summary: 'Every answer the troubleshooter can reach',
          responses: { '200': jsonBody('Answers', 'Every answer with its permalink.'), ...refusedGet },
        },
      },
      '/api/v1/isps': {
        get: {
          operationId: 'listIsps',
          tags: ['content'],
          summary: 'The directory of internet providers',
          parameters: [
            {
              name: 'country',
              in: 'query',
              required: false,
              description: 'Only this country: an ISO 3166-1 code such as GB, or "global".',
              schema: { type: 'string', pattern: '^(?:[A-Z]{2}|global)$' },
            },
          ],
          responses: {
            '200': jsonBody('Isps', 'What each provider is reported to block, and how to ask for an exception.'),
            '400': problem('The country is not a country code, or was given twice.'),
            ...refusedGet,
          },
        },
      },
      '/api/v1/feedback': {
        post: {
          operationId: 'giveFeedback',
          tags: ['feedback'],
          summary: 'Say whether an answer or an article solved the problem',
          description:
            'A vote ({"target": "answer/use-587", "helpful": false}), then optionally why ({"target": "answer/use-587", "reason": "didnt-work"}). Only the target, the vote and the reason are counted, per day: no address, cookie or other identifier is kept. A second vote on the same target from the same address the same day is accepted and not counted. At most 30 votes a minute per address.',
          requestBody: { required: true, content: { 'application/json': { schema: ref('Feedback') } } },
          responses: {
            '202': jsonBody('FeedbackReceived', 'Received.'),
            '400': problem('Not valid JSON, an unknown target, or neither "helpful" nor "reason".'),
            ...refusedPost,
            '413': problem('The body is over 1 KB.'),
            '429': problem('Over 30 votes a minute, or too many requests, from this address; see Retry-After.'),
          },
        },
      },
      '/api/v1/openapi.json': {
        get: {
          operationId: 'openApiDocument',
          tags: ['meta'],
          summary: 'This document',
          responses: {
            '200': {
              description: 'The OpenAPI 3.1 document.',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
            ...refusedGet,
          },
        },
      },
    },
    components: { schemas: componentSchemas() },
  };
}
