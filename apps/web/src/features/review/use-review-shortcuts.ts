import { useEffect, useRef } from 'react';
import { reviewShortcut } from './review-shortcuts';

type SaveMode = 'save' | 'reviewed' | 'next';

export interface ShortcutState {
  submit: (mode: SaveMode) => void;
  /** Findings still to classify: "save, mark reviewed and next" waits for them. */
  missing: number;
  readOnly: boolean;
  pending: boolean;
}

function isTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return (
    !!el && (el.tagName === 'TEXTAREA' || (el.tagName === 'INPUT' && (el as HTMLInputElement).type !== 'checkbox'))
  );
}

/** The review screen's documented shortcuts (see ShortcutHelp); a ref keeps the one listener on the latest state. */
export function useReviewShortcuts(state: ShortcutState): void {
  const latest = useRef(state);
  useEffect(() => {
    latest.current = state;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const shortcut = reviewShortcut({
        key: event.key,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        shiftKey: event.shiftKey,
        inTextField: isTextField(event.target),
      });
      const now = latest.current;
      if (!shortcut || now.readOnly) return;
      event.preventDefault();
      if (shortcut === 'save' && !now.pending) now.submit('save');
      else if (shortcut === 'next' && !now.pending && now.missing === 0) now.submit('next');
      else {
        const picker = document.querySelector<HTMLInputElement>('.code-picker [role="combobox"]');
        if (picker && shortcut === 'picker') picker.focus();
        else document.querySelector<HTMLButtonElement>('button[data-add-system="ICD10CM"]')?.click();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
