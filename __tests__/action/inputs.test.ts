/**
 * The Action's reading of its inputs (src/action/inputs.ts). The runner passes
 * every input: the `with:` value, or else action.yml's default evaluated.
 */
import { readInputs, readRawInputs } from '../../src/action/inputs.js';

function inputs(given: Record<string, string>) {
  return readInputs(readRawInputs((name) => given[name] ?? ''));
}

describe('github-token', () => {
  it('is the token the runner passes', () => {
    expect(inputs({ 'github-token': 'ghs_abc' }).settings.githubToken).toBe('ghs_abc');
  });

  it('set empty skips publishing: it never becomes the literal default expression', () => {
    // action.yml's default is `${{ github.token }}`, which only the runner can
    // evaluate; `github-token: ''` in a workflow arrives as ''.
    expect(inputs({ 'github-token': '' }).settings.githubToken).toBe('');
  });
});
