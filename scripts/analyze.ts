import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyseScenario } from '../src/analysis';
import { parseProjectFile } from '../src/io/projectFile';
import { scenariosInOrder } from '../src/model/factories';
import { textReport } from './analyzeReport';

/**
 * `npm run analyze -- <file.latitude.json> [--scenario NAME] [--format json|text]`
 *
 * Prints the whole analysis of one scenario (the first in tab order unless named). Exit codes:
 * 0 done, 2 usage error, unreadable or invalid file, or unknown scenario.
 */

const USAGE = 'usage: npm run analyze -- <file.latitude.json> [--scenario NAME] [--format json|text]';

interface Options {
  file: string;
  scenario: string | null;
  format: 'json' | 'text';
}

function parseArgs(argv: string[]): Options | string {
  let file: string | null = null;
  let scenario: string | null = null;
  let format: string = 'text';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, null];
    if (flag === '--scenario' || flag === '--format') {
      const value = inline ?? argv[++i];
      if (value === undefined) return `${flag} needs a value`;
      if (flag === '--scenario') scenario = value;
      else format = value;
    } else if (flag.startsWith('--')) return `unknown option ${flag}`;
    else if (file === null) file = arg;
    else return `unexpected argument ${arg}`;
  }
  if (file === null) return 'no file given';
  if (format !== 'json' && format !== 'text') return `unknown format ${format}`;
  return { file, scenario, format };
}

/** Where the report and the errors go; process.stdout and process.stderr by default. */
export interface Writer {
  write(text: string): unknown;
}

export function main(argv: string[], out: Writer = process.stdout, err: Writer = process.stderr): number {
  const options = parseArgs(argv);
  if (typeof options === 'string') {
    err.write(`${options}\n${USAGE}\n`);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(options.file, 'utf8');
  } catch (e) {
    err.write(`cannot read ${options.file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 2;
  }
  const result = parseProjectFile(text);
  if (!result.ok) {
    err.write(`${options.file}: ${result.error.code}: ${result.error.message}\n`);
    for (const issue of result.error.issues) err.write(`  ${issue.path}: ${issue.message}\n`);
    return 2;
  }
  const project = result.project;
  const scenarios = scenariosInOrder(project);
  const wanted = options.scenario?.toLowerCase();
  const scenario =
    wanted === undefined
      ? scenarios[0]
      : scenarios.find((s) => s.name.toLowerCase() === wanted || s.id === options.scenario);
  if (!scenario) {
    err.write(
      `unknown scenario "${options.scenario ?? ''}"; the file has: ${scenarios.map((s) => s.name).join(', ')}\n`,
    );
    return 2;
  }
  const analysis = analyseScenario(project, scenario.id);
  if (!analysis) return 2;
  if (options.format === 'json') {
    const report = {
      project: { id: project.id, name: project.name },
      scenario: { id: scenario.id, name: scenario.name },
      migratedFrom: result.migratedFrom,
      analysis,
    };
    out.write(`${JSON.stringify(report, null, 2)}\n`);
  } else out.write(textReport(project, scenario, analysis));
  return 0;
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  // `npm run analyze -- file | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  process.exitCode = main(process.argv.slice(2));
}
