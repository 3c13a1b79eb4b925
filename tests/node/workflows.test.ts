/**
 * The GitHub Actions workflows, read by GitHub's own parser (@actions/workflow-parser) so a typo or a
 * misplaced key fails here rather than on GitHub, and checked for what each is there to do: CI runs
 * `bash .ci/run` with Debian's Chromium, the release publishes with npm provenance, the docs job
 * uploads storybook-static to GitHub Pages, the weekly mutation run uploads its report.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { register } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The parser imports its JSON schema without the import attribute Node requires; the hook adds it.
register('../support/json-import-attributes.mjs', import.meta.url);
const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter, isMapping, isSequence, isBasicExpression, isString, isNumber, isBoolean } =
  await import('@actions/workflow-parser');
type TemplateToken = NonNullable<ReturnType<typeof parseWorkflow>['value']>;

const root = join(import.meta.dirname, '..', '..');
const workflowDir = join(root, '.github', 'workflows');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  publishConfig?: { provenance?: boolean; access?: string };
};

type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };
interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, Plain>;
  env?: Record<string, Plain>;
}
interface Job {
  permissions?: Record<string, string>;
  container?: { image?: string } | string;
  environment?: { name?: string };
  needs?: string | string[];
  steps: Step[];
}
interface Workflow {
  on: Record<string, Plain> | string | string[];
  permissions?: Record<string, string> | string;
  jobs: Record<string, Job>;
}

/** A parsed token as plain data; an expression becomes its `${{ … }}` text. */
function plain(token: TemplateToken): Plain {
  if (isMapping(token)) return Object.fromEntries([...token].map(({ key, value }) => [key.toString(), plain(value)]));
  if (isSequence(token)) return Array.from({ length: token.count }, (_, i) => plain(token.get(i)));
  if (isBasicExpression(token)) return `\${{ ${token.expression} }}`;
  if (isString(token) || isNumber(token) || isBoolean(token)) return token.value;
  return null;
}

function parse(name: string, content: string) {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  return { errors: result.context.errors.getErrors().map((e) => e.message), result };
}

const files = readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f)).sort();
const workflows = new Map<string, Workflow>();
for (const file of files) {
  const { result } = parse(file, readFileSync(join(workflowDir, file), 'utf8'));
  if (result.value) workflows.set(file, plain(result.value) as unknown as Workflow);
}
const workflow = (file: string) => {
  const found = workflows.get(file);
  if (!found) throw new Error(`no workflow ${file}`);
  return found;
};
const allSteps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);

describe('GitHub Actions workflows', () => {
  it('are the four this repository runs', () => {
    expect(files).toEqual(['ci.yml', 'docs.yml', 'mutation.yml', 'release.yml']);
  });

  it.each(files)('%s parses and converts with no error', async (file) => {
    const { errors, result } = parse(file, readFileSync(join(workflowDir, file), 'utf8'));
    expect(errors).toEqual([]);
    const template = await convertWorkflowTemplate(result.context, result.value!);
    expect(template.errors ?? []).toEqual([]);
    expect(template.jobs.length).toBeGreaterThan(0);
  });

  it('the parser catches a misspelt key (so the test above means something)', () => {
    const text = readFileSync(join(workflowDir, 'ci.yml'), 'utf8').replace('runs-on:', 'run-on:');
    expect(parse('ci.yml', text).errors.join('\n')).toMatch(/run-on/);
  });

  it('pin every action to a major version or a commit', () => {
    for (const [file, w] of workflows) {
      for (const step of allSteps(w).filter((s) => s.uses)) {
        expect(step.uses, file).toMatch(/^([\w.-]+\/[\w.-]+(\/[\w./-]+)?@(v\d+(\.\d+){0,2}|[0-9a-f]{40})|\.\/.+)$/);
      }
    }
  });
});

describe('ci.yml', () => {
  it('runs on pull requests and pushes to main', () => {
    const on = workflow('ci.yml').on as Record<string, { branches?: string[] } | null>;
    expect(Object.keys(on).sort()).toEqual(['pull_request', 'push']);
    expect(on.push?.branches).toEqual(['main']);
  });

  it('installs Debian Chromium on Debian 12, then runs bash .ci/run', () => {
    const [job] = Object.values(workflow('ci.yml').jobs);
    expect(job!.container).toMatchObject({ image: expect.stringMatching(/bookworm/) });
    const runs = job!.steps.map((s) => s.run ?? '');
    const installs = runs.findIndex((r) => r.includes('scripts/ensure-system-deps.sh'));
    expect(installs).toBeGreaterThanOrEqual(0);
    expect(readFileSync(join(root, 'scripts', 'ensure-system-deps.sh'), 'utf8')).toMatch(/missing\+=\(chromium\)/);
    expect(runs.indexOf('bash .ci/run')).toBeGreaterThan(installs);
  });
});

describe('release.yml', () => {
  const w = () => workflow('release.yml');
  const changesetsStep = () => allSteps(w()).find((s) => s.uses?.startsWith('changesets/action@'));

  it('runs on pushes to main, one at a time, never cancelled', () => {
    expect(w().on).toEqual({ push: { branches: ['main'] } });
  });

  it('gives the release job id-token: write (provenance) and no more than it needs', () => {
    const [job] = Object.values(w().jobs);
    expect(job!.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', 'id-token': 'write' });
    expect(w().permissions).toEqual({});
  });

  it('publishes with provenance through npm run release -- --publish, which ends in changeset publish', () => {
    const step = changesetsStep();
    expect(step?.uses).toBe('changesets/action@v1');
    expect(step?.with?.publish).toBe('npm run release -- --publish');
    expect(step?.env?.NPM_CONFIG_PROVENANCE).toBe('true');
    expect(pkg.publishConfig).toMatchObject({ provenance: true, access: 'public' });
    expect(pkg.scripts.release).toBe('node scripts/release.mjs');
    expect(readFileSync(join(root, 'scripts', 'release.mjs'), 'utf8')).toContain("command('npx', ['changeset', 'publish'])");
  });

  it('versions with the package script, which keeps the lockfile in step', () => {
    expect(changesetsStep()?.with?.version).toBe('npm run changeset:version');
    expect(pkg.scripts['changeset:version']).toMatch(/^changeset version && npm install --package-lock-only/);
  });
});

describe('docs.yml', () => {
  const w = () => workflow('docs.yml');

  it('builds Storybook into storybook-static and uploads that folder', () => {
    expect(pkg.scripts['build-storybook']).toMatch(/-o storybook-static\b/);
    const steps = allSteps(w());
    expect(steps.some((s) => s.run === 'npm run build-storybook')).toBe(true);
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact@'));
    expect(upload?.with?.path).toBe('storybook-static');
  });

  it('deploys to GitHub Pages from a job with pages: write and id-token: write', () => {
    const deploy = Object.values(w().jobs).find((job) => job.steps.some((s) => s.uses?.startsWith('actions/deploy-pages@')));
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy?.environment).toMatchObject({ name: 'github-pages' });
    expect([deploy?.needs].flat()).toEqual(['build']);
  });
});

describe('mutation.yml', () => {
  const w = () => workflow('mutation.yml');

  it('runs weekly and on demand, never on pushes (too slow for npm test)', () => {
    const on = w().on as { schedule?: { cron: string }[] };
    expect(Object.keys(on).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(on.schedule).toHaveLength(1);
    // minute hour * * weekday: one fixed day of the week.
    expect(on.schedule![0]!.cron).toMatch(/^\d+ \d+ \* \* [0-6]$/);
    expect(pkg.scripts.test).not.toMatch(/mutation|stryker/);
    expect(readFileSync(join(root, 'scripts', 'test.mjs'), 'utf8')).not.toMatch(/mutation|stryker/);
  });

  it('installs, runs npm run test:mutation, and uploads the HTML report even when the score is too low', () => {
    const steps = allSteps(w());
    const runs = steps.map((s) => s.run ?? '');
    const install = runs.findIndex((r) => r.startsWith('npm ci'));
    const mutation = runs.indexOf('npm run test:mutation');
    expect(install).toBeGreaterThanOrEqual(0);
    expect(mutation).toBeGreaterThan(install);
    expect(pkg.scripts['test:mutation']).toBe('stryker run');
    const uploadAt = steps.findIndex((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(uploadAt).toBeGreaterThan(mutation);
    expect(steps[uploadAt]!.if).toMatch(/always\(\)|!cancelled\(\)/);
    const config = readFileSync(join(root, 'stryker.config.mjs'), 'utf8');
    const reportDir = /htmlReporter: \{ fileName: '([^']+)\/[^'/]+\.html' \}/.exec(config)?.[1];
    expect(reportDir).toBeDefined();
    expect(String(steps[uploadAt]!.with?.path).replace(/\/$/, '')).toBe(reportDir);
  });
});
