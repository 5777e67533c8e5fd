import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { PaymentRow } from '../chart-data';

const money = (v: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(v);

/** Over- and underpayment per month as separate bars: never netted into one figure. */
export function PaymentChart({ rows }: { rows: readonly PaymentRow[] }) {
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart data={[...rows]} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis tickFormatter={money} tick={{ fontSize: 12 }} width={72} />
        <Tooltip formatter={(value) => (typeof value === 'number' ? money(value) : String(value))} />
        <Legend />
        <Bar name="Overpayment" dataKey="overpayment" fill="#b91c1c" isAnimationActive={false} />
        <Bar name="Underpayment" dataKey="underpayment" fill="#047857" isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
