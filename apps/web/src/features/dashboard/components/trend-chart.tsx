import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { trendAxisFloor, type TrendRow } from '../chart-data';

const percentTick = (v: number) => `${v}%`;

/** Record accuracy per month with p-chart limits: a dip inside the dashed band is noise, not change. */
export function TrendChart({ rows }: { rows: readonly TrendRow[] }) {
  const target = rows[0]?.target ?? 95;
  return (
    <ResponsiveContainer width="100%" height={280}>
      <ComposedChart data={[...rows]} margin={{ top: 8, right: 24, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis domain={[trendAxisFloor(rows), 100]} tickFormatter={percentTick} tick={{ fontSize: 12 }} width={48} />
        <Tooltip formatter={(value) => (typeof value === 'number' ? `${value.toFixed(1)}%` : String(value))} />
        <Legend />
        <ReferenceLine
          y={target}
          stroke="#b45309"
          strokeWidth={2}
          label={{ value: `Target ${target}%`, position: 'insideTopRight', fontSize: 12, fill: '#b45309' }}
        />
        <Line
          name="Upper control limit"
          dataKey="upperLimit"
          stroke="#94a3b8"
          strokeDasharray="5 4"
          dot={false}
          type="stepAfter"
          connectNulls={false}
          isAnimationActive={false}
        />
        <Line
          name="Lower control limit"
          dataKey="lowerLimit"
          stroke="#94a3b8"
          strokeDasharray="5 4"
          dot={false}
          type="stepAfter"
          connectNulls={false}
          isAnimationActive={false}
        />
        <Line
          name="Centre line"
          dataKey="centre"
          stroke="#64748b"
          strokeDasharray="2 3"
          dot={false}
          isAnimationActive={false}
        />
        <Line
          name="Record accuracy"
          dataKey="accuracy"
          stroke="#1d4ed8"
          strokeWidth={2}
          dot={{ r: 4 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
