import { runRatStatsCommand } from './ratstats-command';

// The JSON shapes of issue 15, checked on inputs whose RAT-STATS answers are published (see docs/ratstats.md).
describe('runRatStatsCommand', () => {
  it('random: sample ascending with selection order, spares in draw order, sum and frame size', () => {
    const out = runRatStatsCommand(
      'random',
      JSON.stringify({ seed: 10661935.55, n: 100, low: 0, high: 101, spares: 1 }),
    );
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout) as { sample: number[][]; spares: number[][]; sum: number; frame_size: number };
    expect(Object.keys(json)).toEqual(['sample', 'spares', 'sum', 'frame_size']);
    expect(json.sample.slice(0, 3)).toEqual([
      [60, 0],
      [47, 1],
      [78, 2],
    ]);
    expect(json.spares).toHaveLength(1);
    expect(json.sum).toBe(5122);
    expect(json.frame_size).toBe(102);
  });

  it('attribute: projected quantity and percent, two-sided and one-sided limits per confidence', () => {
    const json = JSON.parse(runRatStatsCommand('attribute', '{"N":150,"n":100,"k":97}').stdout) as Record<
      string,
      unknown
    >;
    expect(Object.keys(json)).toEqual(['projected_quantity', 'projected_percent', 'limits']);
    expect(json.limits).toMatchObject({
      90: { two_sided: { lower: 142, upper: 147 }, one_sided: { lower: expect.any(Number) as number } },
    });
  });

  it('variable and stratified: the variable shape, stratified with overall and per stratum', () => {
    const variable = JSON.parse(runRatStatsCommand('variable', '{"N":10,"values":[10,20,30]}').stdout) as Record<
      string,
      unknown
    >;
    expect(Object.keys(variable)).toEqual([
      'mean',
      'std_dev',
      'se_mean',
      'se_total',
      'point_estimate',
      'limits',
      'one_sided_90_lower_limit',
    ]);
    expect(Object.keys((variable.limits as Record<string, object>)['95'])).toEqual([
      't_value',
      'precision',
      'lower',
      'upper',
      'precision_percent',
    ]);
    const strat = JSON.parse(
      runRatStatsCommand('stratified', '{"strata":[{"N":100,"values":[10,20,30]},{"N":50,"values":[5,5]}]}').stdout,
    ) as {
      overall: { point_estimate: number };
      strata: unknown[];
    };
    expect(strat.overall.point_estimate).toBe(2250);
    expect(strat.strata).toHaveLength(2);
  });

  it.each([
    ['random', '{"seed":1.5,"n":11,"low":1,"high":10,"spares":0}', 'ratstats: n: '],
    ['random', '{"seed":1.5,"n":5,"low":1,"high":10,"spares":6}', 'ratstats: spares: '],
    ['random', '{"seed":0,"n":5,"low":1,"high":10}', 'ratstats: seed: '],
    ['attribute', '{"N":0,"n":1,"k":0}', 'ratstats: N: '],
    ['variable', '{"N":10,"values":[1,"two"]}', 'ratstats: values[1]: '],
    ['stratified', '{"strata":[{"N":10,"values":[]}]}', 'ratstats: strata[0].values: '],
    ['variable', '{"N":10,', 'ratstats: input: is not valid JSON'],
    ['variable', '[1,2]', 'ratstats: input: must be a JSON object'],
  ])('%s %s → exit 2, stderr names the field', (command, stdin, message) => {
    const out = runRatStatsCommand(command, stdin);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.startsWith(message)).toBe(true);
  });

  it('an unknown or missing command prints the usage and exits 2', () => {
    expect(runRatStatsCommand('median', '{}')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('usage: npm run --silent ratstats') as string,
    });
    expect(runRatStatsCommand(undefined, '')).toMatchObject({ code: 2 });
  });
});
