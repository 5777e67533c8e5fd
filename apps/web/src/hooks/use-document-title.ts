import { useEffect } from 'react';

/** Names the browser tab after the page, so a person with several tabs open can tell them apart. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Recode` : 'Recode';
  }, [title]);
}
