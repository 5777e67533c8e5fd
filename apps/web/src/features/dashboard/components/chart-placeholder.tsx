import { useId } from 'react';

interface ChartPlaceholderProps {
  title: string;
  description: string;
}

/** Holds the place of a chart that has no data to draw yet, and says what it will show. */
export function ChartPlaceholder({ title, description }: ChartPlaceholderProps) {
  const headingId = useId();
  return (
    <section className="chart-placeholder" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>{description}</p>
      <p className="chart-placeholder-note">Appears once audits are released.</p>
    </section>
  );
}
