import { useId, type ReactNode } from 'react';

/**
 * A number with its tooltip (method, n of N, preliminary): reachable by keyboard (tab stop), the tooltip
 * shown on hover and focus and given to screen readers as the number's description (aria-describedby).
 * The tip is not rendered text until shown, so table cells read as the number alone.
 */
export function StatFigure({
  tip,
  children,
  className,
  testId,
}: {
  tip: string;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  const id = useId();
  return (
    <span
      className={`stat-figure${className ? ` ${className}` : ''}`}
      tabIndex={0}
      aria-describedby={id}
      data-testid={testId}
    >
      {children}
      <span id={id} role="tooltip" className="stat-tip">
        {tip}
      </span>
    </span>
  );
}
