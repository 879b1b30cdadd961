import { machineClass, metricForUnit, metricById, metricsFilledBy, builtinMetrics, type MetricId } from '../../src/metrics/registry.js';

describe('metrics registry', () => {
  it('maps Go units to built-in metrics', () => {
    expect(metricForUnit('ns/op').id).toBe('time');
    expect(metricForUnit('B/op').id).toBe('bytes');
    expect(metricForUnit('allocs/op').id).toBe('allocs');
    expect(metricForUnit('MB/s').lowerIsBetter).toBe(false);
  });
  it('turns unknown units into report-only custom metrics with Go direction conventions', () => {
    const m = metricForUnit('frames/s');
    expect(m.id).toBe('custom:frames/s');
    expect(m.defaultMode).toBe('report');
    expect(m.lowerIsBetter).toBe(false);
    expect(metricForUnit('ns/frame').lowerIsBetter).toBe(true);
    expect(metricById('custom:ns/frame')?.unit).toBe('ns/frame');
  });
  it('looks units up among benchmark-line metrics only', () => {
    // The leak metric's unit reported with b.ReportMetric stays the benchmark's own metric.
    expect(metricForUnit('goroutines').id).toBe('custom:goroutines');
    expect(metricForUnit('sites').id).toBe('custom:sites');
  });
  it('knows no id without a row', () => {
    expect(metricById('gc-cycle')).toBeUndefined();
    expect(metricById('')).toBeUndefined();
  });
  it('gates bytes and allocs by default and only reports time', () => {
    const modes = Object.fromEntries(builtinMetrics().map((m) => [m.id, m.defaultMode]));
    expect(modes).toMatchObject({ time: 'report', bytes: 'gate', allocs: 'gate' });
  });
  it('has one row per id', () => {
    const ids = builtinMetrics().map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
  it('lists what each producer fills, in report order', () => {
    expect(metricsFilledBy('benchmark line')).toEqual(['time', 'bytes', 'allocs', 'throughput']);
    expect(metricsFilledBy('trace')).toEqual([
      'gc-cycles',
      'gc-pause-p99',
      'gc-pause-max',
      'gc-pause-total',
      'mark-assist',
      'peak-heap',
      'goroutines-leaked',
      'goroutines-peak',
      'sched-latency-p99',
    ]);
    expect(metricsFilledBy('escape analysis')).toEqual(['escapes']);
    expect(metricsFilledBy('heap profile')).toEqual(['allocation-sites']);
    const all = ['benchmark line', 'trace', 'escape analysis', 'heap profile'].flatMap((p) => metricsFilledBy(p as 'trace'));
    expect(all.sort()).toEqual(
      builtinMetrics()
        .map((m) => m.id)
        .sort(),
    );
  });
  it('types ids from the rows (checked by npm run typecheck)', () => {
    const ok: MetricId[] = ['gc-cycles', 'custom:frames/s'];
    // @ts-expect-error: no row has this id
    const typo: MetricId = 'gc-cycle';
    expect([...ok, typo].map((id) => metricById(id) !== undefined)).toEqual([true, true, false]);
  });
  it('classes each metric as machine-invariant or machine-sensitive (docs/accuracy.md)', () => {
    const invariant = builtinMetrics()
      .filter((m) => machineClass(m.id) === 'invariant')
      .map((m) => m.id);
    expect(invariant).toEqual(['bytes', 'allocs', 'goroutines-leaked', 'escapes', 'allocation-sites']);
    expect(machineClass('custom:frames/s')).toBe('sensitive');
    expect(machineClass('custom:frames/s', ['custom:frames/s'])).toBe('invariant');
    // A built-in metric's class is measured; a declaration does not change it.
    expect(machineClass('time', ['time'])).toBe('sensitive');
  });
});
