// A small JSON Schema checker for the keywords the activation service's OpenAPI document uses:
// type, properties, required, enum, const, pattern, maxLength, minLength, minimum, maximum,
// format date-time and email, additionalProperties, oneOf, anyOf, allOf, and $ref to
// #/components/schemas (or anywhere in the document). An unknown keyword is an error of the
// document, not a pass, so that the checker never approves what it cannot read.

const KNOWN = new Set([
  'type',
  'properties',
  'required',
  'enum',
  'const',
  'pattern',
  'maxLength',
  'minLength',
  'minimum',
  'maximum',
  'format',
  'additionalProperties',
  'oneOf',
  'anyOf',
  'allOf',
  '$ref',
  'items',
  // Annotations: no effect on validity.
  'title',
  'description',
  'examples',
  'example',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
  '$comment',
]);

// RFC 3339 date-time, as JSON Schema's `format: date-time` means it.
const DATE_TIME =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])[Tt]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?([Zz]|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

function typeOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function typeMatches(expected, value) {
  const actual = typeOf(value);
  return expected === actual || (expected === 'number' && actual === 'integer');
}

/** Resolves a local `$ref` (`#/components/schemas/Name`) in `root`. */
export function resolveRef(root, ref) {
  if (typeof ref !== 'string' || !ref.startsWith('#/')) throw new Error(`unsupported $ref ${JSON.stringify(ref)}`);
  let node = root;
  for (const raw of ref.slice(2).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key))
      throw new Error(`unresolved $ref ${ref}`);
    node = node[key];
  }
  return node;
}

/**
 * Checks `value` against `schema`; `root` is the document `$ref`s resolve in. Returns a list of
 * problems (`path: what`), empty when the value matches.
 */
export function validate(schema, value, root = schema, path = '$', depth = 0) {
  if (depth > 64) return [`${path}: $ref nesting too deep`];
  if (schema === true) return [];
  if (schema === false) return [`${path}: no value is allowed here`];
  if (schema === null || typeof schema !== 'object') return [`${path}: the schema is not an object`];
  const unknown = Object.keys(schema).filter((key) => !KNOWN.has(key) && !key.startsWith('x-'));
  if (unknown.length) return [`${path}: the checker does not support the keyword(s) ${unknown.join(', ')}`];

  const problems = [];
  if (schema.$ref !== undefined) {
    let target;
    try {
      target = resolveRef(root, schema.$ref);
    } catch (error) {
      return [`${path}: ${error.message}`];
    }
    problems.push(...validate(target, value, root, path, depth + 1));
  }

  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((type) => typeMatches(type, value))) {
      problems.push(`${path}: expected ${types.join(' or ')}, got ${typeOf(value)}`);
      return problems; // the other keywords would only repeat the mismatch
    }
  }
  if (schema.const !== undefined && JSON.stringify(schema.const) !== JSON.stringify(value))
    problems.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (schema.enum !== undefined && !schema.enum.some((option) => JSON.stringify(option) === JSON.stringify(value)))
    problems.push(
      `${path}: ${JSON.stringify(value)} is not one of ${schema.enum.map((o) => JSON.stringify(o)).join(', ')}`,
    );

  if (typeof value === 'string') {
    // Lengths in code points, as JSON Schema counts them.
    const length = [...value].length;
    if (schema.maxLength !== undefined && length > schema.maxLength)
      problems.push(`${path}: longer than ${schema.maxLength} characters`);
    if (schema.minLength !== undefined && length < schema.minLength)
      problems.push(`${path}: shorter than ${schema.minLength} characters`);
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value))
      problems.push(`${path}: does not match ${schema.pattern}`);
    if (schema.format === 'date-time' && !(DATE_TIME.test(value) && !Number.isNaN(Date.parse(value))))
      problems.push(`${path}: not an RFC 3339 date-time`);
    if (schema.format === 'email' && !EMAIL.test(value)) problems.push(`${path}: not an email address`);
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) problems.push(`${path}: less than ${schema.minimum}`);
    if (schema.maximum !== undefined && value > schema.maximum) problems.push(`${path}: more than ${schema.maximum}`);
  }
  if (Array.isArray(value) && schema.items !== undefined)
    value.forEach((item, index) =>
      problems.push(...validate(schema.items, item, root, `${path}[${index}]`, depth + 1)),
    );

  if (typeOf(value) === 'object') {
    const properties = schema.properties ?? {};
    for (const name of schema.required ?? [])
      if (!Object.hasOwn(value, name)) problems.push(`${path}: lacks the required property ${name}`);
    for (const [name, item] of Object.entries(value)) {
      if (Object.hasOwn(properties, name)) {
        problems.push(...validate(properties[name], item, root, `${path}.${name}`, depth + 1));
      } else if (schema.additionalProperties === false) {
        problems.push(`${path}: has the property ${name}, which the schema does not allow`);
      } else if (schema.additionalProperties !== undefined && schema.additionalProperties !== true) {
        problems.push(...validate(schema.additionalProperties, item, root, `${path}.${name}`, depth + 1));
      }
    }
  }

  for (const part of schema.allOf ?? []) problems.push(...validate(part, value, root, path, depth + 1));
  if (
    schema.anyOf !== undefined &&
    !schema.anyOf.some((part) => validate(part, value, root, path, depth + 1).length === 0)
  )
    problems.push(`${path}: matches none of anyOf`);
  if (schema.oneOf !== undefined) {
    const outcomes = schema.oneOf.map((part) => validate(part, value, root, path, depth + 1));
    const matching = outcomes.filter((outcome) => outcome.length === 0).length;
    if (matching === 0) {
      // The closest alternative's problems say more than "none matched".
      const closest = outcomes.reduce((best, outcome) => (outcome.length < best.length ? outcome : best));
      problems.push(`${path}: matches none of oneOf (closest: ${closest.join('; ')})`);
    } else if (matching > 1) problems.push(`${path}: matches ${matching} alternatives of oneOf, exactly one expected`);
  }
  return problems;
}
