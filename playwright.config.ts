/**
 * Browser tests run in Debian's Chromium (or any Chrome named by CHROME_PATH) against the
 * production build served by `vite preview`; Playwright never downloads a browser here.
 */
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_FLAGS, chromiumPath } from './tests/chromium';
import { LMS_PORT } from './tests/e2e/scorm/lms-server-port';

/** E2E_PORT lets two checkouts run their browser tests at once without sharing a server. */
const PORT = Number(process.env.E2E_PORT ?? 4173);
const E2E_DIST = '.e2e-dist';
const E2E_SCORM = '.e2e-scorm';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: process.env.PLAYWRIGHT_JSON
    ? [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON }]]
    : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: 'off',
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_FLAGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    {
      // A fresh production build in its own folder, so a benchmark or a manual build of dist/
      // running at the same time cannot change files under the tests.
      command: `vite build --outDir ${E2E_DIST} --emptyOutDir && vite preview --outDir ${E2E_DIST} --port ${PORT} --strictPort`,
      url: `http://localhost:${PORT}`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'ignore',
    },
    {
      // The SCORM packages, built once for both formats (base ./), played by a stand-in LMS.
      command: `tsx src/lib/lms/package/cli.ts ${E2E_SCORM} && tsx tests/e2e/scorm/lms-server.ts`,
      url: `http://localhost:${LMS_PORT}/health`,
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
      stdout: 'ignore',
    },
  ],
});
