// Every API response a test gets is checked against the OpenAPI document the site serves
// (/api/v1/openapi.json): the operation exists, the status is one it documents, and the JSON body
// matches the documented schema (ajv, JSON Schema 2020-12, as OpenAPI 3.1 uses it).
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020';
import { expect } from 'vitest';

type Operation = { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> };
type Document = { paths: Record<string, Record<string, Operation>> };

let loaded: Promise<{ document: Document; ajv: Ajv2020 }> | undefined;
const compiled = new Map<string, ValidateFunction>();

function load(base: string) {
  loaded ??= fetch(`${base}/api/v1/openapi.json`)
    .then((r) => r.json() as Promise<Document>)
    .then((document) => {
      // Formats (uri, email) are not checked: ajv needs a plugin for them, and the values are ours.
      const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
      ajv.addSchema(document, 'openapi.json');
      return { document, ajv };
    });
  return loaded;
}

/**
 * Checks a response from /api/v1 against the document; returns the parsed body. Methods the
 * document does not list must be refused with 405.
 */
export async function checkContract(base: string, method: string, res: Response): Promise<unknown> {
  const { document, ajv } = await load(base);
  const path = new URL(res.url).pathname;
  const where = `${method} ${path} → ${res.status}`;
  const text = await res.text();
  const operations = document.paths[path];
  expect(operations, `${where}: the document has no path ${path}`).toBeDefined();
  const operation = operations?.[method.toLowerCase()];
  if (!operation) {
    expect(res.status, `${where}: an undocumented method`).toBe(405);
    return undefined;
  }
  const response = operation.responses[String(res.status)];
  expect(response, `${where}: status not in the document`).toBeDefined();
  const schema = response?.content?.['application/json']?.schema;
  if (!schema) {
    return text;
  }
  expect(res.headers.get('content-type'), where).toBe('application/json; charset=utf-8');
  const body: unknown = JSON.parse(text);
  const key = `${path} ${method} ${res.status}`;
  let validate = compiled.get(key);
  if (!validate) {
    const pointer = `#/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/${method.toLowerCase()}/responses/${res.status}/content/application~1json/schema`;
    validate = ajv.getSchema(`openapi.json${pointer}`) ?? ajv.compile({ $ref: `openapi.json${pointer}` });
    compiled.set(key, validate);
  }
  const valid = validate(body);
  expect(valid ? [] : validate.errors?.map((e) => `${e.instancePath} ${e.message}`), `${where}: body`).toEqual([]);
  return body;
}
