import { useEffect, useId, useRef, type ReactNode } from 'react';

interface SidePanelProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/** A form beside the list it edits, so the table stays in view while a record is changed. */
export function SidePanel({ title, onClose, children }: SidePanelProps) {
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, [title]);

  return (
    <aside className="side-panel" aria-labelledby={headingId}>
      <div className="side-panel-header">
        <h2 id={headingId} ref={headingRef} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="btn btn-ghost btn-small" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="side-panel-body">{children}</div>
    </aside>
  );
}
