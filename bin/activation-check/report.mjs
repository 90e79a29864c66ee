// The human-readable report: one row per check (check, result, reason) and a summary line.

export function formatTable(report) {
  // A service's answers are quoted in reasons: no control character of theirs reaches the terminal.
  const printable = (text) => String(text).replace(/[\u0000-\u001f\u007f-\u009f]/g, '\ufffd');
  const rows = report.results.map((entry) => [entry.id, entry.result, printable(entry.reason ?? '')]);
  const width = (column) => Math.max(...[['check', 'result', 'reason'], ...rows].map((row) => row[column].length));
  const [first, second] = [width(0), width(1)];
  const line = (row) => `${row[0].padEnd(first)}  ${row[1].padEnd(second)}  ${row[2]}`.trimEnd();
  const count = (result) => report.results.filter((entry) => entry.result === result).length;
  return [
    line(['check', 'result', 'reason']),
    line(['-'.repeat(first), '-'.repeat(second), '------']),
    ...rows.map(line),
    '',
    `${count('PASS')} passed, ${count('FAIL')} failed, ${count('SKIP')} skipped; ` +
      `${report.requests} requests in ${(report.durationMs / 1000).toFixed(1)} s` +
      (report.stopped ? ` (stopped: ${report.stopped})` : ''),
    '',
  ].join('\n');
}
