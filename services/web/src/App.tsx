import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { ApiError } from './api/errors';
import { RequireSession, SessionProvider } from './auth/session';
import { StaffLayout } from './components/Layout';
import { ToastProvider } from './components/Toasts';
import { LoginPage } from './pages/LoginPage';
import { NotFoundPage } from './pages/NotFoundPage';
import { PhoneDeskPage } from './pages/PhoneDeskPage';
import { RideRequestPage } from './pages/requests/RideRequestPage';
import { RideRequestsPage } from './pages/requests/RideRequestsPage';
import { ResidentPage } from './pages/residents/ResidentPage';
import { ResidentsPage } from './pages/residents/ResidentsPage';
import { RoundsPage } from './pages/shuttles/RoundsPage';
import { TodayPage } from './pages/TodayPage';
import { VolunteerPage } from './pages/volunteers/VolunteerPage';
import { VolunteersPage } from './pages/volunteers/VolunteersPage';

// The map (Leaflet) and the charts (Chart.js) load with the pages that show them.
const RoundPage = lazy(() => import('./pages/shuttles/RoundPage').then((m) => ({ default: m.RoundPage })));
const ReportsPage = lazy(() =>
  import('./pages/reports/ReportsPage').then((m) => ({ default: m.ReportsPage })),
);
const SimulatorPage = lazy(() =>
  import('./pages/simulator/SimulatorPage').then((m) => ({ default: m.SimulatorPage })),
);

const pageLoading = (
  <p className="page-loading" role="status">
    Chargement de la page…
  </p>
);

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
 * Routes: staff pages under /app (login first); a new page is one file under pages/, one route here and
 * one link in the layout's navigation. The signed-link pages (/b/:token for a volunteer, /f/:token
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
                <Route path="demandes" element={<RideRequestsPage />} />
                <Route path="demandes/:id" element={<RideRequestPage />} />
                <Route path="navettes" element={<RoundsPage />} />
                <Route
                  path="navettes/:roundId"
                  element={
                    <Suspense fallback={pageLoading}>
                      <RoundPage />
                    </Suspense>
                  }
                />
                <Route
                  path="rapports"
                  element={
                    <Suspense fallback={pageLoading}>
                      <ReportsPage />
                    </Suspense>
                  }
                />
                <Route
                  path="simulateur"
                  element={
                    <Suspense fallback={pageLoading}>
                      <SimulatorPage />
                    </Suspense>
                  }
                />
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
