/**
 * The Content Security Policy holds on every screen: it is sent as a header and as a meta tag,
 * and no screen triggers a `securitypolicyviolation`.
 */
import { expect, test } from './fixtures';
import { answer, checkAndNext, currentQuestion, unitById, quizLength } from './quiz-driver';

test('every screen runs under the CSP without a single violation', async ({ page, baseURL }) => {
  const response = await page.request.get(baseURL!);
  const header = response.headers()['content-security-policy'] ?? '';
  for (const directive of [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ]) {
    expect(header).toContain(directive);
  }

  await page.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { violations: string[] }).violations.push(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  await page.goto('/');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /script-src 'self'/,
  );

  const unit = unitById('overview');
  const screens = [
    '/#/',
    '/#/unit/overview',
    '/#/unit/overview/p/intro-p2',
    '/#/progress',
    '/#/review',
    '/#/settings',
    '/#/nowhere',
  ];
  for (const hash of screens) {
    await page.goto(hash);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await page.goto('/#/unit/overview/quiz');
  for (let n = 1; n <= quizLength(unit); n++) {
    await answer(page, await currentQuestion(page, unit), n % 2 === 1);
    await checkAndNext(page, n === quizLength(unit));
  }
  await expect(page.getByRole('heading', { name: /Your score/ })).toBeVisible();
  await page.goto('/#/progress');
  await expect(page.getByRole('heading', { name: 'Best score per unit' })).toBeVisible();
  await page.goto('/#/review');
  await page.getByRole('button', { name: 'Start review' }).click();
  await expect(page.getByRole('heading', { name: /Question 1 of/ })).toBeVisible();

  expect(
    await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  ).toEqual([]);
});
