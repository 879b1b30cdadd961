/**
 * Commands we start (the benchmarks: code under test) never see the runner's
 * secrets: the Action's inputs (the token), the runtime and cache tokens.
 */
import { processRunner, withoutSecrets } from '../../src/toolchain/exec.js';

describe('processRunner', () => {
  it('strips the Action inputs and runtime tokens from the environment of what it starts', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, {
      'INPUT_GITHUB-TOKEN': 'ghs_secret',
      ACTIONS_RUNTIME_TOKEN: 'rt',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc',
      ACTIONS_RESULTS_URL: 'https://results',
      GITHUB_TOKEN: 'ghp',
      GOFLAGS: '-mod=mod',
    });
    try {
      const r = await processRunner.run(process.execPath, ['-e', 'console.log(JSON.stringify(process.env))'], { cwd: process.cwd() });
      const env = JSON.parse(r.stdout) as Record<string, string>;
      expect(Object.keys(env).filter((k) => /TOKEN|INPUT_|ACTIONS_RESULTS/.test(k))).toEqual([]);
      expect(env.GOFLAGS).toBe('-mod=mod');
      expect(env.PATH).toBe(process.env.PATH);
    } finally {
      process.env = saved;
    }
  });

  it('keeps what is not a secret', () => {
    expect(withoutSecrets({ HOME: '/h', GITHUB_SHA: 'abc', RUNNER_TEMP: '/t', INPUT_COUNT: '6', UNDEF: undefined })).toEqual({
      HOME: '/h',
      GITHUB_SHA: 'abc',
      RUNNER_TEMP: '/t',
    });
  });
});
