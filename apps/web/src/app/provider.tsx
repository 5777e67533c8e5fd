import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode, type ReactNode } from 'react';
import { replaceSession } from '../features/auth';
import { setSessionLostHandler } from '../lib/api-client';
import { queryClient } from './query-client';

// A 401 on any call means the session is gone: drop everything cached and mark the session empty;
// the route guard then sends the person to the login page, remembering where they were.
setSessionLostHandler(() => replaceSession(queryClient, null));

export function AppProvider({ children }: { children: ReactNode }) {
  return (
    <StrictMode>
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </StrictMode>
  );
}
