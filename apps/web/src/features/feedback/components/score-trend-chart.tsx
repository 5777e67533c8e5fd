import { useMemo, useState } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  ErrorBar,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { StatFigure } from '../../../components';
import { statTooltip } from '../../../lib/stat-tooltip';
import type { TrendPoint } from '../score-trend';
import { trendCsv } from '../score-trend';

const fmt = (v: number | null): string => (v === null ? '—' : `${v.toFixed(1)}%`);
const range = (b: [number, number] | null): string => (b ? `${b[0].toFixed(1)}–${b[1].toFixed(1)}%` : '—');
const codeTip = (p: TrendPoint): string =>
  statTooltip({
    method: p.codeMethod,
    n: p.codes,
    unit: 'codes',
    records: p.records,
    population: p.population,
    status: p.code === null ? 'not_enough_data' : null,
    preliminary: p.preliminary,
  });
const recordTip = (p: TrendPoint): string =>
  statTooltip({
    method: p.recordMethod,
    n: p.records,
    unit: 'records',
    population: p.population,
    status: p.record === null ? 'not_enough_data' : null,
    preliminary: p.preliminary,
  });

/** Code and record accuracy per month with their 95% intervals as bands; the same numbers as a table and as CSV. */
export function ScoreTrendChart({ points }: { points: TrendPoint[] }) {
  const [asTable, setAsTable] = useState(false);
  const csvHref = useMemo(() => `data:text/csv;charset=utf-8,${encodeURIComponent(trendCsv(points))}`, [points]);
  return (
    <section className="card" aria-label="My scores over time">
      <header className="section-header">
        <h2>My scores over time</h2>
        <span className="page-actions">
          <button type="button" className="btn btn-small" aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
            {asTable ? 'Show chart' : 'Show table'}
          </button>
          <a className="btn btn-small" href={csvHref} download="my-scores.csv">
            Download CSV
          </a>
        </span>
      </header>
      <p className="muted">
        Bars show each month’s 95% interval: where two months’ bars overlap, the change may be noise. Use “Show table”
        for each figure’s method and n.
      </p>
      {points.some((p) => p.preliminary) ? (
        <p className="muted" data-testid="preliminary-months">
          Preliminary (an audit still in review or a finding still open):{' '}
          {points
            .filter((p) => p.preliminary)
            .map((p) => p.label)
            .join(', ')}
          .
        </p>
      ) : null}
      {asTable ? (
        <div className="table-wrap">
          <table className="data-table">
            <caption>Accuracy per month with 95% intervals (the record is the unit for code accuracy)</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col" className="num">
                  Code accuracy
                </th>
                <th scope="col">95% interval</th>
                <th scope="col" className="num">
                  Record accuracy
                </th>
                <th scope="col">95% interval</th>
                <th scope="col" className="num">
                  Records
                </th>
                <th scope="col" className="num">
                  Codes
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((p) => (
                <tr key={p.month}>
                  <th scope="row">
                    {p.label}
                    {p.preliminary ? <span className="cell-sub"> (preliminary)</span> : null}
                  </th>
                  <td className="num">
                    <StatFigure tip={codeTip(p)}>{fmt(p.code)}</StatFigure>
                  </td>
                  <td>{range(p.codeBand)}</td>
                  <td className="num">
                    <StatFigure tip={recordTip(p)}>{fmt(p.record)}</StatFigure>
                  </td>
                  <td>{range(p.recordBand)}</td>
                  <td className="num">{p.records}</td>
                  <td className="num">{p.codes}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <div
          role="img"
          aria-label={`Accuracy per month, ${points.length} month(s); use “Show table” for the numbers`}
          style={{ width: '100%', height: 280 }}
        >
          <ResponsiveContainer>
            <ComposedChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis dataKey="label" />
              <YAxis domain={[0, 100]} unit="%" />
              <Tooltip />
              <Legend />
              <Line
                dataKey="code"
                name="Code accuracy"
                stroke="#2563eb"
                dot={{ r: 4 }}
                connectNulls={false}
                isAnimationActive={false}
              >
                <ErrorBar dataKey="codeError" width={6} stroke="#2563eb" direction="y" />
              </Line>
              <Line
                dataKey="record"
                name="Record accuracy"
                stroke="#16a34a"
                dot={{ r: 4 }}
                connectNulls={false}
                isAnimationActive={false}
              >
                <ErrorBar dataKey="recordError" width={6} stroke="#16a34a" direction="y" />
              </Line>
            </ComposedChart>
          </ResponsiveContainer>
        </div>
      )}
    </section>
  );
}
