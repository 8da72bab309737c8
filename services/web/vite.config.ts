import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The app is served by the API from the same origin: index.html for /, /app/*, /b/:token and /f/:token,
 * hashed files under /assets/. `vite build --watch` rebuilds on change while ./scripts/start runs.
 */
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    sourcemap: true,
    emptyOutDir: true,
    // Rolldown's plugin-timing warning fires on every build of a busy 2-core machine (hooks waiting
    // for the CPU count as plugin time) and says nothing we can act on.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
});
