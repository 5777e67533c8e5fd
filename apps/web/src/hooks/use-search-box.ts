import { useEffect, useRef, useState } from 'react';
import { useDebouncedValue } from './use-debounced-value';

/**
 * A search box that commits its text once typing pauses. Only a change typed here is committed,
 * so loading a bookmarked URL (or StrictMode's double effects) never resets the page.
 */
export function useSearchBox(initial: string | undefined, commit: (text: string) => void) {
  const [text, setText] = useState(initial ?? '');
  const debounced = useDebouncedValue(text.trim());
  const committed = useRef(debounced);

  useEffect(() => {
    if (committed.current === debounced) return;
    committed.current = debounced;
    commit(debounced);
  }, [debounced, commit]);

  return [text, setText] as const;
}
