// Markdown tables of a coverage run, for docs/statistics.md (and the BENCHMARKS.md text in the report).
export function coverageTables(r) {
  const lines = [
    `Run ${r.date.slice(0, 10)}, ${r.replications} replications per cell, Node ${r.node}, ${r.seconds} s on one core of ${r.cpuModel}.`,
    `Minimum coverage: records **${r.minCoverage.record}**, codes **${r.minCoverage.code}**; goal (≥ 0.95 below n = 30, ≥ 0.94 from 30, each tail ≤ 0.04) ${r.goalMet ? '**met**' : '**not met**'}.`,
    '',
    '| measure | n | accuracy | ICC | coverage | lower miss | upper miss | width | Clopper–Pearson width | previous coverage (method) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ];
  for (const c of r.cells) {
    lines.push(
      `| ${c.measure} | ${c.n} | ${c.accuracy} | ${c.icc} | ${c.coverage} | ${c.lowerMiss} | ${c.upperMiss} | ${c.meanWidth} | ${c.clopperPearsonWidth} | ${c.previous.coverage} (${c.previous.method}) |`,
    );
  }
  lines.push(
    '',
    `Control chart (${r.pChart.method}): share of in-control years (12 monthly points) with at least one signal, ${r.years} years per cell; max **${r.pChart.maxInControl}**.`,
    '',
  );
  lines.push('| monthly n / p / ICC | false-signal years | previous 3-sigma p-chart |', '| --- | ---: | ---: |');
  for (const [k, v] of Object.entries(r.pChart.falseSignalYearRate))
    lines.push(`| ${k} | ${v} | ${r.pChart.previous.falseSignalYearRate[k]} |`);
  return lines.join('\n');
}
