/**
 * The release's decision logic, kept free of processes and files so it can be tested: run the
 * steps in order, stop at the first failure, and publish only when asked and everything passed.
 */

/**
 * Whether this run may publish. `--publish` is needed, and it is honoured only in GitHub Actions with
 * an OIDC token (`id-token: write`): the release workflow (.github/workflows/release.yml) publishes,
 * so every version on npm carries a provenance statement that links it to its commit and its build.
 * npm cannot make that statement on a maintainer's machine, so a hand publish is refused.
 * @param {{ argv: readonly string[], env: Record<string, string | undefined> }} input
 * @returns {{ publish: boolean, refusal?: string }}
 */
export function publishDecision({ argv, env }) {
  if (!argv.includes('--publish')) return { publish: false };
  if (env.GITHUB_ACTIONS !== 'true') {
    return {
      publish: false,
      refusal: 'Refusing --publish outside GitHub Actions: versions are published by the release workflow (.github/workflows/release.yml), with npm provenance. Merge the "Version Packages" pull request instead.',
    };
  }
  if (!env.ACTIONS_ID_TOKEN_REQUEST_URL) {
    return { publish: false, refusal: 'Refusing --publish without an OIDC token: give the job `permissions: id-token: write` so npm can sign the provenance statement.' };
  }
  return { publish: true };
}

/**
 * @typedef {{ ok: boolean, detail?: string }} StepOutcome
 * @typedef {{ name: string, run: () => StepOutcome | Promise<StepOutcome> }} ReleaseStep
 * @typedef {{ name: string, ok: boolean, detail?: string }} StepResult
 * @typedef {{ ok: boolean, published: boolean, failedStep?: string, results: StepResult[] }} ReleaseResult
 */

/**
 * Runs `steps` in order. The first step that fails (or throws) ends the release: later steps do not
 * run and `publish` is never called. `publish` runs only when every step passed and `shouldPublish`
 * is true.
 * @param {{ steps: readonly ReleaseStep[], publish?: ReleaseStep, shouldPublish: boolean, log?: (line: string) => void }} options
 * @returns {Promise<ReleaseResult>}
 */
export async function runRelease({ steps, publish, shouldPublish, log = () => {} }) {
  /** @type {StepResult[]} */
  const results = [];
  const attempt = async (step) => {
    log(`\n▶ ${step.name}`);
    let outcome;
    try {
      outcome = await step.run();
    } catch (error) {
      outcome = { ok: false, detail: error instanceof Error ? error.message : String(error) };
    }
    const result = { name: step.name, ok: outcome?.ok === true, ...(outcome?.detail ? { detail: outcome.detail } : {}) };
    results.push(result);
    log(`${result.ok ? '✔' : '✘'} ${step.name}${result.detail ? `: ${result.detail}` : ''}`);
    return result;
  };

  for (const step of steps) {
    const result = await attempt(step);
    if (!result.ok) {
      log(`\nRelease stopped: "${step.name}" failed. Nothing was published.`);
      return { ok: false, published: false, failedStep: step.name, results };
    }
  }

  if (!shouldPublish || !publish) {
    log('\nAll checks passed. Not publishing (dry run); the release workflow publishes with `npm run release -- --publish`.');
    return { ok: true, published: false, results };
  }
  const result = await attempt(publish);
  if (!result.ok) {
    log(`\nPublishing failed: ${result.detail ?? 'see the output above'}.`);
    return { ok: false, published: false, failedStep: publish.name, results };
  }
  return { ok: true, published: true, results };
}
