// Reads the activation service's OpenAPI document and finds, for an operation and a status, the
// schema its JSON answer must match.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveRef, validate } from './schema.mjs';

/** The document shipped with the package, beside `bin/`. */
export const DEFAULT_DOCUMENT = fileURLToPath(new URL('../../activation-service.openapi.json', import.meta.url));

export function loadDocument(file = DEFAULT_DOCUMENT) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

const deref = (root, node) => {
  for (let depth = 0; node && typeof node === 'object' && '$ref' in node && depth < 16; depth++)
    node = resolveRef(root, node.$ref);
  return node;
};

/**
 * The two operations, whatever the document names its paths (`/lookup` and `/`, or
 * `/api/activations/lookup` and `/api/activations`): lookup is the POST path ending in `/lookup`,
 * new-link the other POST path.
 */
export function operations(document) {
  const posts = Object.entries(document.paths ?? {}).filter(([, item]) => deref(document, item)?.post);
  const lookup = posts.find(([path]) => /\/lookup$/.test(path));
  const newLink = posts.find(([path]) => !/\/lookup$/.test(path));
  if (!lookup || !newLink) throw new Error('the OpenAPI document lacks the lookup or the new-link POST operation');
  return {
    lookup: deref(document, lookup[1]).post,
    newLink: deref(document, newLink[1]).post,
  };
}

/** The response object of `operation` for `status` (or its `4XX` range, or `default`). */
function responseFor(document, operation, status) {
  const responses = operation.responses ?? {};
  return deref(document, responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default);
}

/** The JSON schema of `operation`'s answer with `status`. */
export function responseSchema(document, operation, status) {
  const response = responseFor(document, operation, status);
  if (!response) return undefined;
  const content = response.content ?? {};
  const media =
    content['application/json'] ?? Object.entries(content).find(([type]) => type.startsWith('application/json'))?.[1];
  return media?.schema;
}

/**
 * Problems of `body` as the answer of `operation` with `status`: an answer the document does
 * not describe is a problem too.
 */
export function checkAnswer(document, operation, status, body, headers = {}) {
  const schema = responseSchema(document, operation, status);
  if (schema === undefined) return [`the document describes no JSON answer with status ${status}`];
  return [...validate(schema, body, document), ...checkHeaders(document, operation, status, headers)];
}

/** Problems of the answer's headers (lower-cased names) against the documented ones. */
export function checkHeaders(document, operation, status, headers) {
  const documented = responseFor(document, operation, status)?.headers ?? {};
  const problems = [];
  for (const [name, entry] of Object.entries(documented)) {
    const header = deref(document, entry);
    const value = headers[name.toLowerCase()];
    if (value === undefined) {
      if (header.required) problems.push(`header ${name} is missing`);
    } else if (header.schema) {
      problems.push(...validate(header.schema, String(value), document, `header ${name}`));
    }
  }
  return problems;
}
