// Checks activation-service.openapi.json, the activation service's contract (version 2): a valid
// OpenAPI 3.1 document (@seriousme/openapi-schema-validator); every schema compiles as JSON Schema
// 2020-12 with its references resolved (Ajv); and the schemas use only the plain keywords that
// small checkers (the conformance kit's own) understand, with `$ref` only to #/components/schemas.
// Run by `npm test`.
import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const FILE = process.argv[2] ?? new URL('../activation-service.openapi.json', import.meta.url);
const KEYWORDS = new Set([
  'type',
  'properties',
  'required',
  'enum',
  'pattern',
  'maxLength',
  'minimum',
  'format',
  'additionalProperties',
  'oneOf',
  '$ref',
  'description',
]);
const document = JSON.parse(readFileSync(FILE, 'utf8'));
const problems = [];

const validator = new Validator();
const result = await validator.validate(structuredClone(document));
if (!result.valid) problems.push(`not valid OpenAPI: ${JSON.stringify(result.errors, null, 2)}`);
else if (!validator.version.startsWith('3.1')) problems.push(`OpenAPI ${validator.version}, not 3.1`);

/** Every schema of the document with where it is: components, request bodies, responses, headers. */
function* schemas() {
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {}))
    yield [`#/components/schemas/${name}`, schema];
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const [method, operation] of Object.entries(item)) {
      const at = `${method.toUpperCase()} ${path}`;
      for (const [type, media] of Object.entries(operation.requestBody?.content ?? {}))
        yield [`${at} request ${type}`, media.schema];
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        for (const [type, media] of Object.entries(response.content ?? {}))
          yield [`${at} ${status} ${type}`, media.schema];
        for (const [name, header] of Object.entries(response.headers ?? {}))
          yield [`${at} ${status} header ${name}`, header.schema];
      }
    }
  }
}

function plain(schema, at) {
  for (const [keyword, value] of Object.entries(schema)) {
    if (!KEYWORDS.has(keyword)) problems.push(`${at}: keyword ${keyword} is not among the plain ones`);
    if (keyword === '$ref' && !/^#\/components\/schemas\/[A-Za-z0-9]+$/.test(value))
      problems.push(`${at}: $ref ${value} is not to #/components/schemas`);
    if (keyword === '$ref' && !document.components?.schemas?.[value.split('/').at(-1)])
      problems.push(`${at}: $ref ${value} names no schema`);
    if (keyword === 'properties') for (const [name, sub] of Object.entries(value)) plain(sub, `${at}.${name}`);
    if (keyword === 'oneOf') value.forEach((sub, i) => plain(sub, `${at}/oneOf/${i}`));
    if (keyword === 'additionalProperties' && typeof value === 'object') plain(value, `${at}/additionalProperties`);
  }
}

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
// The document itself, so that `#/components/schemas/…` resolves (as `contract#/components/…`).
ajv.addVocabulary(['openapi', 'info', 'servers', 'paths', 'components']);
ajv.addSchema({ ...document, $id: 'contract' });
for (const [at, schema] of schemas()) {
  if (!schema) {
    problems.push(`${at}: no schema`);
    continue;
  }
  plain(schema, at);
  try {
    ajv.compile(JSON.parse(JSON.stringify(schema).replaceAll('"#/components/', '"contract#/components/')));
  } catch (error) {
    problems.push(`${at}: ${error.message}`);
  }
}

if (problems.length) {
  console.error(`${String(FILE)}:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`${String(FILE).split('/').at(-1)}: valid OpenAPI ${validator.version}, plain JSON Schema throughout`);
