import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { ApiError } from './api/errors';
import { RequireSession, SessionProvider } from './auth/session';
import { StaffLayout } from './components/Layout';
import { ToastProvider } from './components/Toasts';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PhoneDeskPage } from './pages/PhoneDeskPage';
import { ResidentPage } from './pages/residents/ResidentPage';
import { ResidentsPage } from './pages/residents/ResidentsPage';
import { TodayPage } from './pages/TodayPage';
import { VolunteerPage } from './pages/volunteers/VolunteerPage';
import { VolunteersPage } from './pages/volunteers/VolunteersPage';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 15_000,
      // A refused call (4xx) will be refused again; a network blip is worth one more try.
      retry: (failures, error) => failures < 1 && !(error instanceof ApiError && error.status >= 400),
      refetchOnWindowFocus: true,
    },
  },
});

/**
 * Routes: staff pages under /app (login first). The signed-link pages (/b/:token for a volunteer, /f/:token
 * for a round's route sheet) are rendered by the API itself.
 */
export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <BrowserRouter>
          <SessionProvider>
            <Routes>
              <Route path="/" element={<Navigate to="/app" replace />} />
              <Route path="/app/connexion" element={<LoginPage />} />
              <Route
                path="/app"
                element={
                  <RequireSession>
                    <StaffLayout />
                  </RequireSession>
                }
              >
                <Route index element={<TodayPage />} />
                <Route path="appel" element={<PhoneDeskPage />} />
                <Route path="appel/:residentId" element={<PhoneDeskPage />} />
                <Route path="habitants" element={<ResidentsPage />} />
                <Route path="habitants/nouveau" element={<ResidentPage />} />
                <Route path="habitants/:id" element={<ResidentPage />} />
                <Route path="benevoles" element={<VolunteersPage />} />
                <Route path="benevoles/nouveau" element={<VolunteerPage />} />
                <Route path="benevoles/:id" element={<VolunteerPage />} />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Routes>
          </SessionProvider>
        </BrowserRouter>
      </ToastProvider>
    </QueryClientProvider>
  );
}
