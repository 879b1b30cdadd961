import { metricForUnit, metricById, builtinMetrics } from '../../src/metrics/registry.js';

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
  it('gates bytes and allocs by default and only reports time', () => {
    const modes = Object.fromEntries(builtinMetrics().map((m) => [m.id, m.defaultMode]));
    expect(modes).toMatchObject({ time: 'report', bytes: 'gate', allocs: 'gate' });
  });
});
