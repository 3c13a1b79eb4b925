import { describe, expect, it, vi } from 'vitest';
import { publishDecision, runRelease, type ReleaseStep } from '../../scripts/release-steps.mjs';

const passing = (name: string) => ({ name, run: vi.fn(() => ({ ok: true })) }) satisfies ReleaseStep;
const failing = (name: string) => ({ name, run: vi.fn(() => ({ ok: false, detail: `${name} exited with 1` })) }) satisfies ReleaseStep;

describe('runRelease', () => {
  it('stops at the first failing step, skips the rest and never publishes', async () => {
    const build = passing('build');
    const test = failing('test');
    const pack = passing('pack');
    const publish = passing('publish');
    const lines: string[] = [];
    const result = await runRelease({ steps: [build, test, pack], publish, shouldPublish: true, log: (l) => lines.push(l) });
    expect(result).toMatchObject({ ok: false, published: false, failedStep: 'test' });
    expect(build.run).toHaveBeenCalledOnce();
    expect(test.run).toHaveBeenCalledOnce();
    expect(pack.run).not.toHaveBeenCalled();
    expect(publish.run).not.toHaveBeenCalled();
    expect(lines.join('\n')).toMatch(/Release stopped: "test" failed\. Nothing was published\./);
  });

  it('treats a step that throws as a failure', async () => {
    const publish = passing('publish');
    const result = await runRelease({
      steps: [{ name: 'build', run: () => Promise.reject(new Error('disk full')) }, passing('test')],
      publish,
      shouldPublish: true,
    });
    expect(result.failedStep).toBe('build');
    expect(result.results).toEqual([{ name: 'build', ok: false, detail: 'disk full' }]);
    expect(publish.run).not.toHaveBeenCalled();
  });

  it('does not publish by default, even when every step passes', async () => {
    const publish = passing('publish');
    const result = await runRelease({ steps: [passing('build'), passing('test')], publish, shouldPublish: false });
    expect(result).toMatchObject({ ok: true, published: false });
    expect(publish.run).not.toHaveBeenCalled();
  });

  it('publishes once, last, when asked and everything passed', async () => {
    const order: string[] = [];
    const step = (name: string): ReleaseStep => ({ name, run: () => (order.push(name), { ok: true }) });
    const result = await runRelease({ steps: [step('build'), step('test'), step('pack')], publish: step('publish'), shouldPublish: true });
    expect(result).toMatchObject({ ok: true, published: true });
    expect(order).toEqual(['build', 'test', 'pack', 'publish']);
  });

  it('reports a failed publish as a failed release', async () => {
    const result = await runRelease({ steps: [passing('build')], publish: failing('publish'), shouldPublish: true });
    expect(result).toMatchObject({ ok: false, published: false, failedStep: 'publish' });
  });
});

describe('publishDecision', () => {
  const releaseJob = { GITHUB_ACTIONS: 'true', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://token.actions.example/oidc', CI: 'true' };

  it('publishes only with --publish', () => {
    expect(publishDecision({ argv: [], env: releaseJob })).toEqual({ publish: false });
    expect(publishDecision({ argv: ['--publish'], env: releaseJob })).toEqual({ publish: true });
  });

  it('refuses to publish outside GitHub Actions, where npm cannot sign provenance', () => {
    for (const env of [{}, { CI: 'true' }, { GITHUB_ACTIONS: 'false', ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x' }]) {
      const decision = publishDecision({ argv: ['--publish'], env });
      expect(decision.publish).toBe(false);
      expect(decision.refusal).toMatch(/Refusing --publish outside GitHub Actions.*release workflow/);
    }
  });

  it('refuses to publish in a job without an OIDC token (no id-token: write)', () => {
    const decision = publishDecision({ argv: ['--publish'], env: { GITHUB_ACTIONS: 'true', CI: 'true' } });
    expect(decision.publish).toBe(false);
    expect(decision.refusal).toMatch(/id-token: write/);
  });
});
