// `ropa check FILE [--json]`: the Article 30 completeness findings. The exit code lets scripts gate
// on it: 0 clean (warnings allowed), 1 at least one error, 2 the file could not be opened.
import { Option, type Command } from 'commander';
import type { Finding } from '../../core/api/contract';
import { must } from '../../core/dispatcher';
import { storedTextIssues, type StoredTextIssue } from '../../core/text-check';
import { visible } from '../escape';
import { LANGUAGES, type Language } from '../../core/api/schemas';
import { EXIT, printJson, withRegister, type CommandModule } from '../support';

interface CheckResult {
  activities: number;
  errors: number;
  warnings: number;
  findings: Finding[];
  /** Stored text today's input rules refuse: each a warning, fixed by editing the entry. */
  textIssues: StoredTextIssue[];
}

function printFindings(r: CheckResult): void {
  let current = '';
  for (const f of r.findings) {
    const heading =
      f.entity === 'cookie' || f.code.startsWith('cookie_')
        ? `${f.entity === 'cookie' ? 'Cookie' : 'Cookie provider'} ${f.activityName}${f.reference ? ` (${f.reference})` : ''}`
        : [f.reference, f.activityName].filter(Boolean).join(' ');
    if (`${f.entityId}${heading}` !== current) {
      current = `${f.entityId}${heading}`;
      process.stdout.write(`${visible(heading)}\n`);
    }
    process.stdout.write(`  ${f.severity.padEnd(7)}  ${visible(f.field).padEnd(18)}  ${visible(f.message)}\n`);
  }
  if (r.textIssues.length > 0)
    process.stdout.write('Text to fix (saved before the input rules, or by another program):\n');
  for (const t of r.textIssues)
    process.stdout.write(
      `  warning  ${t.entity} ${visible(JSON.stringify(t.name))}  ${visible(t.field)}: ${t.message}\n`,
    );
  process.stdout.write(`${r.activities} activities checked: ${r.errors} errors, ${r.warnings} warnings.\n`);
}

export const checkCommand: CommandModule = (program) => {
  program
    .command('check')
    .description(
      'list what Article 30 requires but each activity lacks (exit 0 clean, 1 errors found, 2 file not opened)',
    )
    .argument('<file>', 'register file')
    .option('--json', 'print JSON instead of text')
    .addOption(
      new Option(
        '--lang <lang>',
        'also list printed texts that lack their version in this language (warnings)',
      ).choices(LANGUAGES),
    )
    .action((file: string, options: { json?: boolean; lang?: Language }, command: Command) => {
      const lang = options.lang;
      const result = withRegister(file, command, (ctx): CheckResult => {
        const findings = must(ctx, 'runChecks', lang ? { lang } : {});
        const textIssues = storedTextIssues(ctx);
        return {
          activities: must(ctx, 'getRegisterInfo', {}).counts.activities,
          errors: findings.filter((f) => f.severity === 'error').length,
          warnings: findings.filter((f) => f.severity === 'warning').length + textIssues.length,
          findings,
          textIssues,
        };
      });
      if (options.json) printJson(result);
      else printFindings(result);
      process.exitCode = result.errors > 0 ? EXIT.failure : EXIT.ok;
    });
};
