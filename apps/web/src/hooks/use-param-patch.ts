import { useCallback, useEffect, useRef } from 'react';
import type { SetURLSearchParams } from 'react-router';
import { withParams, type ParamPatch } from '../lib/search-params';

/**
 * A patcher for list state kept in the URL. React Router's setSearchParams navigates, so two changes
 * before the next render both start from the old URL and the second undoes the first (choosing a
 * coder, then a setting, kept only the setting). Each patch here builds on the one still in flight.
 */
export function useParamPatch(
  params: URLSearchParams,
  setParams: SetURLSearchParams,
  apply: (params: URLSearchParams, patch: ParamPatch) => URLSearchParams = withParams,
): (patch: ParamPatch) => void {
  const pending = useRef<URLSearchParams | null>(null);
  // Once a navigation has rendered, the URL is the truth again.
  useEffect(() => {
    pending.current = null;
  }, [params]);
  return useCallback(
    (patch: ParamPatch) => {
      const next = apply(pending.current ?? new URLSearchParams(window.location.search), patch);
      pending.current = next;
      setParams(next);
    },
    [apply, setParams],
  );
}
