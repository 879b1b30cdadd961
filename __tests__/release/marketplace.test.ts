/**
 * What the GitHub Marketplace checks in action.yml when a release is
 * published there (it checks only then, on the release page, after every CI
 * run has passed): a description under 125 characters, a branding colour it
 * knows. And the description says what the Action gates.
 */
import path from 'node:path';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { ROOT } from '../helpers/paths.js';

const action = parse(await readFile(path.join(ROOT, 'action.yml'), 'utf8')) as {
  name: string;
  description: string;
  branding: { icon: string; color: string };
};

describe('action.yml for the Marketplace', () => {
  it('has a description under 125 characters that names what the Action gates', () => {
    expect(action.description.length).toBeLessThan(125);
    for (const what of [/escape/i, /\bGC\b/, /leak/i, /allocation/i]) expect(action.description).toMatch(what);
  });

  it('has a name and a branding colour the Marketplace accepts', () => {
    expect(action.name).toBe('go-runtime-gate');
    expect(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']).toContain(action.branding.color);
    expect(action.branding.icon).toMatch(/^[a-z0-9-]+$/);
  });
});
