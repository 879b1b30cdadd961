/**
 * What the triggering event means for the gate: whether this run records a
 * baseline, which baseline it compares against, and which commit it is about.
 * Pure: the runner's environment and the event payload in, a plan out.
 */

export interface EventPlan {
  eventName: string;
  isPullRequest: boolean;
  /** Commit being measured (the PR head, not GITHUB_SHA's merge commit). */
  commit: string;
  ref: string;
  /** Branch whose baseline we compare against; null when this run only records. */
  compareBranch: string | null;
  /** Exact base commit to prefer when restoring. */
  compareCommit?: string;
  /** Branch to save the baseline under; null when this run must not save. */
  saveBranch: string | null;
  /**
   * `mode: ab`'s default base ref: the pull request's base commit (exact, and
   * present in a full clone), else the baseline branch on origin.
   */
  abBaseRef: string;
  notes: string[];
}

interface Payload {
  repository?: { default_branch?: string };
  pull_request?: { base?: { ref?: string; sha?: string }; head?: { sha?: string; ref?: string } };
}

export interface EventInputs {
  eventName: string;
  payload: unknown;
  /** GITHUB_REF and GITHUB_SHA. */
  ref: string;
  sha: string;
  /** `baseline-branch` input ('' = the repository's default branch). */
  baselineBranch: string;
  /** `save-baseline` input: auto | true | false. */
  saveBaseline: string;
}

const PR_EVENTS = new Set(['pull_request', 'pull_request_target', 'merge_group']);

export function planEvent(i: EventInputs): EventPlan {
  const payload = (i.payload ?? {}) as Payload;
  const defaultBranch = payload.repository?.default_branch || 'main';
  const baselineBranch = i.baselineBranch || defaultBranch;
  const notes: string[] = [];
  const branch = i.ref.startsWith('refs/heads/') ? i.ref.slice('refs/heads/'.length) : '';
  const save = i.saveBaseline.trim().toLowerCase() || 'auto';

  if (PR_EVENTS.has(i.eventName)) {
    const pr = payload.pull_request;
    if (save === 'true') notes.push('save-baseline is true, but a pull request never saves a baseline (its code is not trusted).');
    return {
      eventName: i.eventName,
      isPullRequest: true,
      commit: pr?.head?.sha || i.sha,
      ref: i.ref,
      compareBranch: pr?.base?.ref || baselineBranch,
      compareCommit: pr?.base?.sha,
      saveBranch: null,
      abBaseRef: pr?.base?.sha || `origin/${pr?.base?.ref || baselineBranch}`,
      notes,
    };
  }
  const onBaselineBranch = i.eventName === 'push' && branch === baselineBranch;
  const saving = save === 'true' || (save === 'auto' && onBaselineBranch);
  return {
    eventName: i.eventName,
    isPullRequest: false,
    commit: i.sha,
    ref: i.ref,
    // A push to the baseline branch records and never gates; anything else
    // (other branches, schedule, workflow_dispatch) compares with the baseline branch.
    compareBranch: onBaselineBranch ? null : baselineBranch,
    saveBranch: saving ? branch || baselineBranch : null,
    abBaseRef: `origin/${baselineBranch}`,
    notes,
  };
}
