/**
 * Reads `web-ext lint --output json` from stdin and prints a short report: the counts, then one
 * line per error or warning. Exits non-zero when there are errors (the pipe hides web-ext's own
 * exit code).
 */
interface LintMessage {
  code: string;
  message: string;
  file?: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

export {};

let input = '';
for await (const chunk of process.stdin) input += chunk;
const start = input.indexOf('{');
if (start < 0) {
  console.error('web-ext lint printed no JSON report:\n' + input);
  process.exit(1);
}
const report = JSON.parse(input.slice(start)) as LintReport;
const { errors, warnings, notices } = report.summary;
console.log(`web-ext lint (Firefox build): ${errors} errors, ${warnings} warnings, ${notices} notices`);
for (const m of report.errors) console.log(`  error    ${m.code} ${m.file ?? ''}: ${m.message}`);
for (const m of report.warnings) console.log(`  warning  ${m.code} ${m.file ?? ''}: ${m.message}`);
process.exit(errors > 0 ? 1 : 0);
