import { planEvent } from '../../src/action/event.js';

const repo = { repository: { default_branch: 'main' } };

describe('planEvent', () => {
  it('records on a push to the default branch and does not compare', () => {
    const p = planEvent({ eventName: 'push', payload: repo, ref: 'refs/heads/main', sha: 'abc', baselineBranch: '', saveBaseline: 'auto' });
    expect(p).toMatchObject({ isPullRequest: false, saveBranch: 'main', compareBranch: null, commit: 'abc' });
  });
  it('compares a pull request against its base branch and exact base commit, using the PR head commit', () => {
    const payload = { ...repo, pull_request: { base: { ref: 'release', sha: 'b1' }, head: { sha: 'h1' } } };
    const p = planEvent({ eventName: 'pull_request', payload, ref: 'refs/pull/7/merge', sha: 'merge', baselineBranch: '', saveBaseline: 'auto' });
    expect(p).toMatchObject({ isPullRequest: true, saveBranch: null, compareBranch: 'release', compareCommit: 'b1', commit: 'h1' });
  });
  it('never saves from a pull request, even when asked, and says so', () => {
    const p = planEvent({ eventName: 'pull_request', payload: repo, ref: 'refs/pull/7/merge', sha: 's', baselineBranch: '', saveBaseline: 'true' });
    expect(p.saveBranch).toBeNull();
    expect(p.notes.join(' ')).toMatch(/never saves/);
  });
  it('compares a push to another branch with the baseline branch and does not save', () => {
    const p = planEvent({ eventName: 'push', payload: repo, ref: 'refs/heads/feature', sha: 's', baselineBranch: '', saveBaseline: 'auto' });
    expect(p).toMatchObject({ compareBranch: 'main', saveBranch: null });
  });
  it('honours a configured baseline branch and save-baseline=false', () => {
    const p = planEvent({ eventName: 'push', payload: repo, ref: 'refs/heads/develop', sha: 's', baselineBranch: 'develop', saveBaseline: 'false' });
    expect(p).toMatchObject({ compareBranch: null, saveBranch: null });
  });
});
