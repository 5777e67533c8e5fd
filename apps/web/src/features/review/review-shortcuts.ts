export type ReviewShortcut = 'save' | 'next' | 'add' | 'picker';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** Whether the key was pressed while typing in a text field (then "/" is just a slash). */
  inTextField: boolean;
}

/**
 * The review screen's shortcuts: Ctrl+S (⌘S) save, Ctrl+Enter save, mark reviewed and next,
 * Alt+A add an ICD-10-CM code, "/" focus the code picker (opening it to add a diagnosis).
 */
export function reviewShortcut(e: KeyLike): ReviewShortcut | null {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey && e.key.toLowerCase() === 's') return 'save';
  if (mod && !e.altKey && e.key === 'Enter') return 'next';
  if (e.altKey && !mod && (e.key.toLowerCase() === 'a' || e.key === 'å')) return 'add';
  if (!mod && !e.altKey && e.key === '/' && !e.inTextField) return 'picker';
  return null;
}

export const SHORTCUT_HELP: readonly { keys: string; action: string }[] = [
  { keys: 'Ctrl+S', action: 'save' },
  { keys: 'Ctrl+Enter', action: 'save, mark reviewed and next' },
  { keys: 'Alt+A', action: 'add an ICD-10-CM code' },
  { keys: '/', action: 'focus the code picker' },
];
