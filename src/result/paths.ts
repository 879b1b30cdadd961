/**
 * Repository-relative paths: what reports show and what GitHub annotations
 * need. One rule for every producer (benchmark declarations, trace stacks,
 * profile sites, compiler diagnostics, escape sites).
 */
import path from 'node:path';

/** `file` relative to `root` with forward slashes, or undefined when it lies outside `root` (or is `root`). */
export function relativeInside(root: string, file: string): string | undefined {
  const rel = path.relative(path.resolve(root), path.resolve(file));
  if (rel === '' || rel === '..' || rel.startsWith('..' + path.sep) || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join('/');
}

/** `file` relative to `root` when it is inside; otherwise unchanged (a GOROOT or module-cache path). */
export function repoRelative(root: string, file: string): string {
  if (!file || !path.isAbsolute(file)) return file;
  return relativeInside(root, file) ?? file;
}
