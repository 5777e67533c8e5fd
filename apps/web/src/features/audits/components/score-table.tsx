import type { ScoreBlockDto } from '@recode/contracts';
import { StatFigure } from '../../../components';
import { formatInterval, formatPayment, formatSampleSize, rateTip } from '../score-format';
import { formatPercent } from '../../../lib/percent';

/** One score block as a table: every rate with its 95% interval and the sample it rests on. */
export function ScoreTable({
  score,
  caption,
  preliminary = false,
}: {
  score: ScoreBlockDto;
  caption: string;
  preliminary?: boolean;
}) {
  const rows = [
    { label: 'Code accuracy', rate: score.codeAccuracy, unit: 'codes' },
    { label: 'Record accuracy', rate: score.recordAccuracy, unit: 'records' },
    { label: 'DRG accuracy', rate: score.drgAccuracy, unit: 'inpatient records' },
  ];
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col" className="num">
              Rate
            </th>
            <th scope="col">95% interval</th>
            <th scope="col">Sample</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              <td className="num cell-strong">
                <StatFigure tip={rateTip(row.rate, row.unit, preliminary || score.preliminary)}>
                  {formatPercent(row.rate.estimate)}
                </StatFigure>
              </td>
              <td>{formatInterval(row.rate)}</td>
              <td>{formatSampleSize(row.rate, row.unit)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">Overpayment</th>
            <td colSpan={3}>{formatPayment(score.overpayment)}</td>
          </tr>
          <tr>
            <th scope="row">Underpayment</th>
            <td colSpan={3}>{formatPayment(score.underpayment)}</td>
          </tr>
        </tbody>
      </table>
      {score.sampleWarning ? (
        <p className="form-alert" role="note">
          {score.sampleWarning.message}
        </p>
      ) : null}
    </div>
  );
}
