#!/usr/bin/env node
// espace-client-activation-check: checks an activation service against contract version 2 and
// its OpenAPI document (activation-service.openapi.json, shipped beside bin/). No dependency
// outside Node's standard library.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CHECKS, DEFAULTS, runChecks } from './activation-check/checks.mjs';
import { DEFAULT_DOCUMENT } from './activation-check/openapi.mjs';
import { formatTable } from './activation-check/report.mjs';

const HELP = `Usage: espace-client-activation-check <service-url> [options]

Checks an activation service (contract version 2) from outside: statuses, answer shapes against
activation-service.openapi.json, JSON only, timing, rate limits, CORS, no revocation by strangers.
<service-url> is the base the elements are given, e.g. https://service.example/api/activations.

Options:
  --origin <origin>          a page origin the service allows (sent as Origin; CORS checks)
  --email <address>          a customer still to activate (timing, same answer, no revocation)
  --token <token>            a valid token of that customer (lookup shape, no revocation)
  --source-address <ip>      a second local address to send from (limits across sources)
  --insecure-ca <pem file>   trust this CA or self-signed certificate too (or NODE_EXTRA_CA_CERTS)
  --openapi <file>           the OpenAPI document (default: the one shipped with the package)
  --timeout <ms>             per-request timeout (default ${DEFAULTS.timeoutMs})
  --deadline <ms>            overall deadline (default ${DEFAULTS.deadlineMs})
  --timing-bound <ms>        the timing check's bound (default ${DEFAULTS.timingBoundMs}; more from afar)
  --json                     machine output: { ok, results, requests, durationMs, timing }
  -h, --help                 this text

Bounds: at most ${DEFAULTS.maxRequests} requests (66 with every input), the per-request timeout and the
overall deadline above; about 1.5 s against a nearby service.
Side effects: the --email customer is sent up to 3 new links (use a test customer). A run uses
the --email address's 3 new-link requests per 10 minutes, and 16 of the 20 of the source address
(and of the service's 200): wait 10 minutes before running it again. The other addresses it
asks for are random ones under example.invalid.
Timing: answers compared by status (202 with 202, 429 with 429); fails when every answer of one
kind (the customer's, or the others') is slower than the other kind's median by more than
${DEFAULTS.timingBoundMs} ms, or than twice the noise (the others' median over the fastest answer) if larger: a
leak shifts every answer, load slows only some. Inconclusive (SKIP) when the noise is over
half the bound: run it again on a quieter machine, nearer the service, or with a larger bound.
Checks lacking their input are SKIP, never PASS. Exit status: 0 when no check fails, 1 when one
does, 2 on a usage error.

Checks:
${CHECKS.map((check) => `  ${check.id.padEnd(24)} ${check.title}`).join('\n')}
`;

const VALUED = new Set([
  '--origin',
  '--email',
  '--token',
  '--source-address',
  '--insecure-ca',
  '--openapi',
  '--timeout',
  '--deadline',
  '--timing-bound',
]);

/** `--token -abc…` as `--token=-abc…`: a base64url token may start with a dash, which parseArgs takes for an option. */
function joinValues(argv) {
  const joined = [];
  for (let index = 0; index < argv.length; index++) {
    if (VALUED.has(argv[index]) && index + 1 < argv.length) joined.push(`${argv[index]}=${argv[++index]}`);
    else joined.push(argv[index]);
  }
  return joined;
}

async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: joinValues(argv),
      allowPositionals: true,
      options: {
        origin: { type: 'string' },
        email: { type: 'string' },
        token: { type: 'string' },
        'source-address': { type: 'string' },
        'insecure-ca': { type: 'string' },
        openapi: { type: 'string' },
        timeout: { type: 'string' },
        deadline: { type: 'string' },
        'timing-bound': { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    process.stderr.write(`${error.message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 1 || !/^https?:\/\//.test(positionals[0])) {
    process.stderr.write(`Give the service URL (https://…/api/activations).\n\n${HELP}`);
    return 2;
  }
  const number = (value, fallback) => (value === undefined ? fallback : Number(value));
  for (const name of ['timeout', 'deadline', 'timing-bound'])
    if (!(number(values[name], 1) > 0)) {
      process.stderr.write(`--${name} takes a number of milliseconds.\n`);
      return 2;
    }
  const report = await runChecks(positionals[0], {
    origin: values.origin,
    email: values.email,
    token: values.token,
    sourceAddress: values['source-address'],
    ca: values['insecure-ca'] && readFileSync(values['insecure-ca'], 'utf8'),
    documentFile: values.openapi ?? DEFAULT_DOCUMENT,
    timeoutMs: number(values.timeout, DEFAULTS.timeoutMs),
    deadlineMs: number(values.deadline, DEFAULTS.deadlineMs),
    timingBoundMs: number(values['timing-bound'], DEFAULTS.timingBoundMs),
  });
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatTable(report));
  return report.ok ? 0 : 1;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error) => {
    process.stderr.write(`espace-client-activation-check: ${error.message}\n`);
    process.exitCode = 2;
  },
);
