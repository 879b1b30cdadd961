/**
 * `inspect <profile>`: a heap profile's top allocation sites, as a terminal
 * table or as JSON. Given a Profile, figures are the profile's own totals
 * (the whole process, like `go tool pprof -top`); given AllocationSites they
 * are per op as derived in `src/pprof/sites.ts`.
 */
import type { Profile } from '../pprof/profile.js';
import { allocationSites, type AllocationSite, type AllocationSites } from '../pprof/sites.js';

export interface ProfileInspectOptions {
  json?: boolean;
  /** How many sites to list (default 20; 0 for all). */
  top?: number;
  /** Group by function instead of by line. */
  byFunction?: boolean;
}

export function renderProfileInspection(input: Profile | AllocationSites, options: ProfileInspectOptions = {}): string {
  const isProfile = 'sampleTypes' in input;
  const sites: AllocationSites = isProfile ? allocationSites(input, { iterations: 1 }) : input;
  const perOp = !isProfile;
  const all = options.byFunction ? sites.byFunction : sites.byLine;
  const top = options.top ?? 20;
  const shown = top > 0 ? all.slice(0, top) : all;

  if (options.json) {
    const doc = {
      ...(isProfile
        ? {
            file: input.fileName,
            sampleTypes: input.sampleTypes.map((t) => `${t.type}/${t.unit}`),
            period: input.period,
            samples: input.sampleCount,
          }
        : { derivation: sites.derivation, iterations: sites.iterations }),
      totalObjects: sites.totalObjects,
      totalBytes: sites.totalBytes,
      ...(perOp ? { objectsPerOp: sites.objectsPerOp, bytesPerOp: sites.bytesPerOp } : {}),
      groupedBy: options.byFunction ? 'function' : 'line',
      sites: shown,
      omitted: all.length - shown.length,
    };
    return JSON.stringify(doc, null, 2) + '\n';
  }

  const out: string[] = [];
  if (isProfile) {
    out.push(`profile: ${input.fileName}`);
    out.push(`sample types: ${input.sampleTypes.map((t) => `${t.type}/${t.unit}`).join(' ')}`);
    const period = input.periodType ? ` (sampling period ${input.period} ${input.periodType.unit})` : '';
    out.push(`samples: ${input.sampleCount}, locations: ${input.locations.length}, functions: ${input.functions.length}${period}`);
    out.push(`allocated: ${fmtBytes(sites.totalBytes)} in ${fmtCount(sites.totalObjects)} objects (whole process)`);
  } else {
    const how = sites.derivation === 'reported' ? "scaled to the benchmark's B/op and allocs/op" : `divided by ${sites.iterations} iterations`;
    out.push(`allocated per op: ${fmtBytes(sites.bytesPerOp)} in ${sites.objectsPerOp.toFixed(1)} objects (${how})`);
  }
  out.push('');
  if (shown.length === 0) {
    out.push('no allocation sites');
    return out.join('\n') + '\n';
  }
  const total = sites.totalBytes || 1;
  const header = perOp ? ['B/op', 'objects/op', 'bytes%', 'site'] : ['bytes', 'objects', 'bytes%', 'site'];
  const rows = shown.map((s: AllocationSite) => [
    perOp ? fmtBytes(s.bytesPerOp) : fmtBytes(s.bytes),
    perOp ? s.objectsPerOp.toFixed(1) : fmtCount(s.objects),
    `${((100 * s.bytes) / total).toFixed(1)}%`,
    `${s.function}  ${s.file}:${s.line}`,
  ]);
  const widths = [0, 1, 2].map((i) => Math.max(header[i].length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]): string => [0, 1, 2].map((i) => r[i].padStart(widths[i])).join('  ') + '  ' + r[3];
  out.push(fmt(header));
  for (const r of rows) out.push(fmt(r));
  if (all.length > shown.length) out.push(`… ${all.length - shown.length} more sites`);
  return out.join('\n') + '\n';
}

function fmtBytes(v: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let u = 0;
  while (Math.abs(v) >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return u === 0 ? `${Number.isInteger(v) ? v : v.toFixed(1)} B` : `${v.toFixed(1)} ${units[u]}`;
}

function fmtCount(v: number): string {
  return Math.round(v).toLocaleString('en-US');
}
