/**
 * Offline and installable: after one visit every screen, unit, quiz and language works with the
 * network off; a new version is offered, never forced, and leaves progress intact; Chromium
 * finds nothing that stops installation.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS, chromiumPath } from '../chromium';
import { expect, test } from './fixtures';
import {
  answer,
  checkAndNext,
  currentQuestion,
  takeQuiz,
  unitById,
  quizLength,
} from './quiz-driver';
import { buildInto } from './support/build';
import { startStaticServer } from './support/static-server';

const overview = unitById('overview');

/** Waits until the service worker has installed (precached everything) and controls the page. */
async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload();
  }
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
}

test('after one visit, every unit, a quiz, progress, settings and languages work offline', async ({
  page,
  context,
}) => {
  test.setTimeout(90_000);
  await page.goto('/');
  await controlledByServiceWorker(page);

  await context.setOffline(true);
  // The badge follows the browser's offline event. It is checked before the reload: Debian's
  // Chromium 150 forgets its offline emulation in a reloaded page (navigator.onLine is true
  // there, though every request still fails), which a real offline device does not do.
  await expect(page.getByRole('banner').getByText('Offline', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Study units' })).toBeVisible();

  for (const unit of [
    'overview',
    'party-leadership',
    'constitution-and-law',
    'legislation',
    'supervision',
    'deputies',
    'self-construction',
  ]) {
    await page.goto(`/#/unit/${unit}`);
    await expect(page.getByRole('heading', { name: 'From the article' })).toBeVisible();
  }
  await page.goto('/#/unit/overview/quiz');
  await takeQuiz(page, overview, true);
  await expect(page.getByRole('heading', { name: 'Your score: 100%' })).toBeVisible();
  await page.goto('/#/progress');
  await expect(page.getByRole('table').first()).toContainText('Mastered');
  await page.goto('/#/review');
  await expect(page.getByRole('heading', { level: 1, name: 'Review your mistakes' })).toBeVisible();
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { name: 'Backup' })).toBeVisible();
  const switcher = page.getByRole('banner').getByRole('combobox');
  await switcher.selectOption('zh-Hans');
  await expect(page.getByRole('heading', { level: 1, name: '设置' })).toBeVisible();
  await switcher.selectOption('ug');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await switcher.selectOption('en');

  await context.setOffline(false);
  await expect(page.getByRole('banner').getByText('Offline', { exact: true })).toHaveCount(0);
});

test('a new version is offered, waits while a quiz is open, and keeps progress when applied', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const first = buildInto('9.0.0-first');
  const second = buildInto('9.0.0-second');
  const server = await startStaticServer(first);
  try {
    await page.goto(`${server.url}/#/`);
    await expect(page.getByText('Lectern version 9.0.0-first')).toBeVisible();
    await controlledByServiceWorker(page);

    await page.goto(`${server.url}/#/unit/overview/quiz`);
    const question = await currentQuestion(page, overview);
    await answer(page, question, true);
    await checkAndNext(page, false);
    await expect(
      page.getByRole('heading', { name: `Question 2 of ${quizLength(overview)}` }),
    ).toBeVisible();

    server.serve(second);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    // During the quiz the update is only announced; nothing reloads or moves on. The notice
    // comes once the new worker has precached the whole second build: seconds on a busy machine.
    await expect(page.getByText('It will be offered when you leave the quiz.')).toBeVisible({
      timeout: 15_000,
    });
    await expect(page.getByRole('button', { name: 'Update' })).toHaveCount(0);
    await expect(
      page.getByRole('heading', { name: `Question 2 of ${quizLength(overview)}` }),
    ).toBeVisible();
    await expect(page.getByText('Lectern version 9.0.0-first')).toBeVisible();

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Units' })
      .click();
    await page.getByRole('button', { name: 'Update' }).click();
    await expect(page.getByText('Lectern version 9.0.0-second')).toBeVisible({ timeout: 15_000 });
    await expect(
      page.getByRole('article', { name: 'Overview' }).getByText('Quiz in progress'),
    ).toBeVisible();
    await page.goto(`${server.url}/#/unit/overview/quiz`);
    await expect(
      page.getByRole('heading', { name: `Question 2 of ${quizLength(overview)}` }),
    ).toBeVisible();
  } finally {
    await server.close();
    rmSync(first, { recursive: true, force: true });
    rmSync(second, { recursive: true, force: true });
  }
});

test('Chromium reports no installability errors', async ({ baseURL }) => {
  const profile = mkdtempSync(join(tmpdir(), 'lectern-install-'));
  // A persistent profile: a throwaway one always reports `in-incognito`.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    args: CHROMIUM_FLAGS,
  });
  try {
    const page = await context.newPage();
    await page.goto(baseURL!);
    await controlledByServiceWorker(page);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await (await page.request.get(`${baseURL}/manifest.webmanifest`)).json();
    expect(manifest.display).toBe('standalone');
    expect(
      manifest.icons.map(
        (i: { sizes: string; purpose?: string }) => `${i.sizes}${i.purpose ? ` ${i.purpose}` : ''}`,
      ),
    ).toEqual(expect.arrayContaining(['192x192', '512x512', '512x512 maskable']));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
