/**
 * Web addresses for what a report names: a file and line in the pull
 * request's head commit, a commit, the workflow run, and the README section
 * that explains a kind of finding. All from `report.links`, which only the
 * Action fills (from the runner's environment); without it nothing is
 * linked — a report never guesses an address.
 *
 * File paths in results are relative to the directory the run measured from
 * (GITHUB_WORKSPACE in the Action, the git root in the CLI); `links.root` is
 * that directory's place in the repository, so a checkout into a subfolder
 * still links to the right blob.
 */
import type { CauseKind, ReportLinks } from './model.js';

/**
 * A repository-relative path with forward slashes, or null for one that
 * cannot be linked (absolute, climbing out with `..`, a Go module cache or
 * GOROOT file).
 */
export function repositoryPath(file: string | undefined, root = ''): string | null {
  if (!file) return null;
  const p = file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  if (p === '' || p.startsWith('/') || /^[a-zA-Z]:\//.test(p) || p.split('/').includes('..') || /[\u0000-\u001f]/.test(p)) return null;
  const r = root.replace(/\\/g, '/').replace(/^\/+|\/+$/g, '');
  if (r.split('/').includes('..')) return null;
  return r ? `${r}/${p}` : p;
}

function encodePath(p: string): string {
  return p.split('/').map(encodeURIComponent).join('/');
}

function isSha(s: string): boolean {
  return /^[0-9a-f]{7,64}$/i.test(s);
}

function httpUrl(s: string | undefined): string | null {
  return s && /^https?:\/\/[^\s"'<>]+$/.test(s) ? s.replace(/\/+$/, '') : null;
}

/** `<repository>/blob/<head>/<root>/<file>#L<line>`, or null when it cannot be linked. */
export function fileUrl(links: ReportLinks | undefined, file: string | undefined, line?: number): string | null {
  const repo = httpUrl(links?.repository);
  if (!repo || !links || !isSha(links.headSha)) return null;
  const p = repositoryPath(file, links.root ?? '');
  if (!p) return null;
  const anchor = typeof line === 'number' && Number.isInteger(line) && line >= 1 ? `#L${line}` : '';
  return `${repo}/blob/${links.headSha}/${encodePath(p)}${anchor}`;
}

/** A commit's page in the repository. */
export function commitUrl(links: ReportLinks | undefined, sha: string | undefined): string | null {
  const repo = httpUrl(links?.repository);
  return repo && sha && isSha(sha) ? `${repo}/commit/${sha}` : null;
}

export function runUrl(links: ReportLinks | undefined): string | null {
  return httpUrl(links?.run);
}

export function baselineCommitUrl(links: ReportLinks | undefined): string | null {
  return httpUrl(links?.baselineCommit);
}

/**
 * README sections (headings under "Reading the report") explaining each kind
 * of finding; a test holds these anchors and the README's headings together.
 */
export const DOC_ANCHORS: Record<CauseKind | 'consequence' | 'drift' | 'suspect' | 'tables', string> = {
  'new-allocation': 'new-allocation',
  'allocation-growth': 'allocation-growth',
  leak: 'goroutine-leak',
  'new-escape': 'new-heap-escape',
  metric: 'allocation-regression-without-a-site',
  runtime: 'runtime-regression',
  consequence: 'consequences',
  drift: 'runner-drift-not-reproduced',
  suspect: 'runner-drift-not-reproduced',
  tables: 'the-benchstat-tables',
};

/** The README section on `topic`, or null when the report has no docs address. */
export function docsUrl(links: ReportLinks | undefined, topic: keyof typeof DOC_ANCHORS): string | null {
  const docs = httpUrl(links?.docs);
  return docs ? `${docs.replace(/#.*$/, '')}#${DOC_ANCHORS[topic]}` : null;
}
