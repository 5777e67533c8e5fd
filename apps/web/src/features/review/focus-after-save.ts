import { useEffect, useRef, useState } from 'react';

/** Where the keyboard was when a save succeeded: a field of a final-code line (by position), or any other element. */
export type FocusSpot =
  { kind: 'line'; index: number; field: string | null } | { kind: 'element'; element: HTMLElement } | null;

const LINE_ROWS = 'tr[data-line]';

/** Read before the saved lines replace the draft (their rows are rebuilt, so the focused field goes away). */
export function captureFocus(doc: Document = document): FocusSpot {
  const active = doc.activeElement as HTMLElement | null;
  if (!active || active === doc.body) return null;
  const row = active.closest<HTMLElement>(LINE_ROWS);
  if (!row) return { kind: 'element', element: active };
  const rows = Array.from(doc.querySelectorAll<HTMLElement>(LINE_ROWS));
  return {
    kind: 'line',
    index: rows.indexOf(row),
    field: active.closest<HTMLElement>('[data-field]')?.dataset.field ?? null,
  };
}

/**
 * After a save: the same field of the line at the same place (the saved line), else the element that had
 * the focus, else the status message that says what was saved. Never the page body.
 */
export function restoreFocus(spot: FocusSpot, notice: HTMLElement | null, doc: Document = document): void {
  if (spot?.kind === 'element' && spot.element.isConnected) {
    if (doc.activeElement !== spot.element) spot.element.focus();
    return;
  }
  if (spot?.kind === 'line') {
    const rows = Array.from(doc.querySelectorAll<HTMLElement>(LINE_ROWS));
    const row = rows[Math.min(spot.index, rows.length - 1)];
    const field = spot.field ? row?.querySelector<HTMLElement>(`[data-field="${spot.field}"]`) : null;
    const target = field ?? row?.querySelector<HTMLElement>('[data-field="actions"]') ?? row;
    if (target) {
      target.focus();
      return;
    }
  }
  notice?.focus();
}

/** Remember the focus when a save succeeds, put it back once the saved record has rendered. */
export function useFocusAfterSave() {
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const [saved, setSaved] = useState<{ spot: FocusSpot } | null>(null);
  useEffect(() => {
    if (saved) restoreFocus(saved.spot, noticeRef.current);
  }, [saved]);
  return { noticeRef, rememberFocus: () => setSaved({ spot: captureFocus() }) };
}

/** A refused save puts the focus on the first line it names (its POA or modifiers field where that was the problem). */
export function useFocusOnProblem(problems: { lines: readonly { uid: string; field: string }[] }): void {
  useEffect(() => {
    const first = problems.lines[0];
    if (!first) return;
    const row = document.querySelector<HTMLElement>(`tr[data-line="${first.uid}"]`);
    const field = row?.querySelector<HTMLElement>(`[data-field="${first.field}"]`);
    (field ?? row)?.focus();
  }, [problems]);
}
