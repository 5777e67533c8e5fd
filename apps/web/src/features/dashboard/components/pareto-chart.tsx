import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { ParetoRow } from '../chart-data';

/** Coder-caused errors by category, largest first, with the cumulative share on the right axis. */
export function ParetoChart({ rows }: { rows: readonly ParetoRow[] }) {
  return (
    <ResponsiveContainer width="100%" height={280}>
      <ComposedChart data={[...rows]} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis dataKey="label" tick={{ fontSize: 11 }} interval={0} />
        <YAxis yAxisId="errors" allowDecimals={false} tick={{ fontSize: 12 }} width={40} />
        <YAxis
          yAxisId="share"
          orientation="right"
          domain={[0, 100]}
          tickFormatter={(v: number) => `${v}%`}
          tick={{ fontSize: 12 }}
          width={44}
        />
        <Tooltip />
        <Legend />
        <Bar yAxisId="errors" name="Coder errors" dataKey="errors" fill="#1d4ed8" isAnimationActive={false} />
        <Line
          yAxisId="share"
          name="Cumulative %"
          dataKey="cumulativePct"
          stroke="#b45309"
          strokeWidth={2}
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
