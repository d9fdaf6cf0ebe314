/**
 * Settings: theme and text size apply at once and, on the next visit, before the first screen is
 * mounted; the backup file button speaks the interface language.
 */
import { expect, test } from './fixtures';

test('a chosen theme and text size apply at once and before the first screen on the next visit', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/#/settings');
  const html = page.locator('html');
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(html).toHaveCSS('background-color', 'rgb(22, 21, 19)');
  await page.getByRole('radio', { name: 'Larger' }).check();
  await expect(html).toHaveCSS('font-size', '20px');

  // What the root element carried at the moment the app put its first screen in the page.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const app = document.getElementById('app');
      if (app?.firstChild) {
        const root = document.documentElement;
        (window as unknown as { atMount: string }).atMount =
          `${root.dataset.theme} ${root.dataset.textSize}`;
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { atMount: string }).atMount)).toBe(
    'dark larger',
  );

  await page.goto('/#/settings');
  await page.getByRole('radio', { name: 'As on this device' }).check();
  await page.getByRole('radio', { name: 'Normal' }).check();
  await expect(html).not.toHaveAttribute('data-theme');
  await expect(html).toHaveCSS('font-size', '16px');
  await expect(html).toHaveCSS('background-color', 'rgb(251, 250, 247)');
});

test.describe('in Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the backup file button is in the interface language and works from the keyboard', async ({
    page,
  }) => {
    await page.goto('/#/settings');
    const input = page.getByLabel('选择学习进度文件');
    // The browser's own button (English in every language) is hidden; the label is the button.
    await expect(page.getByText('选择学习进度文件')).toBeVisible();
    expect((await input.boundingBox())!.width).toBeLessThanOrEqual(1);
    await expect(page.getByText('未选择文件')).toBeVisible();
    await input.focus();
    await expect(input).toBeFocused();
    await input.setInputFiles({
      name: 'not-a-backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"hello": 1}'),
    });
    await expect(page.getByText('not-a-backup.json')).toBeVisible();
    await expect(page.getByRole('region', { name: '备份' }).getByRole('alert')).toContainText(
      '此文件未能导入',
    );
  });
});

test('empty progress and review screens say what to do next', async ({ page }) => {
  await page.goto('/#/progress');
  await expect(page.getByText(/You have not taken a quiz yet/)).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Go to the study units' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Study units' })).toBeVisible();
  await page.goto('/#/review');
  await expect(page.getByText(/Nothing to review yet/)).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: "Take a unit's quiz" }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Study units' })).toBeVisible();
});
