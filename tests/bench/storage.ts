/**
 * Progress storage in a persistent profile (a temporary user-data-dir, so IndexedDB really writes
 * to disk), with a history made by `dataset.ts` seeded straight into the app's database
 * (`lectern`, one object store per record kind, values stored as-is under their key, as
 * localforage's IndexedDB driver does) after the app has created it.
 *
 * - Saving one answer: the raw IndexedDB writes the app now makes per answer (`commit` in
 *   src/lib/progress/store.ts), timed in the page: a put of the journal record (`journal` /
 *   `commit`, `{ v: 2, writes }`), then puts of the answer event, its attempt, the unit summary
 *   and (a miss) the review card together, then the journal record's delete; each in its own
 *   read-write transaction awaited to completion, as localforage does. Not the app's full save
 *   path, which also takes a Web Lock, reads the journal first and reads the attempt, unit and card.
 *   Measured at 100, 1,000 and 10,000 stored answer events (each saved event is deleted again,
 *   untimed, so the count stays put; the first 10 saves warm up and are dropped).
 * - Answer → feedback through the UI (the app's real save path, with 10,000 events stored): a
 *   choice is made, Check is clicked, and the time runs until the feedback is on screen.
 * - Cold start with 10,000 events and 800 attempts: a load of `/#/` until the header and every
 *   unit of the course are listed, from navigation start.
 * - Opening the progress screen with 10,000 events, 800 attempts and the 7 unit summaries: by a
 *   hash change in a loaded app, and by a cold load of `/#/progress`, until "Your progress" and
 *   the units table are on screen, and until everything is (chart, the first page of attempts and
 *   "Show more"); "Show more" is then pressed until all 800 attempts are listed (untimed).
 */
import type { BrowserContext, Page } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addMarks, armMarks, debug, launchPersistent, waitForMarks, type Mark } from './browser';
import { buildDataset, type Dataset } from './dataset';
import { untilQuiet } from './quiet';
import { percentile, type Figure } from './report';
import { JOURNAL_KEY } from '../../src/lib/progress/constants';
import { SCHEMA_VERSION } from '../../src/lib/study/constants';
import type {
  AnswerEvent,
  AttemptRecord,
  CardRecord,
  UnitRecord,
} from '../../src/lib/study/records';

type Entries = Record<string, [string, unknown][]>;

/**
 * How many attempts the progress screen lists at first (`ATTEMPT_PAGE` in
 * src/screens/progress/lib.ts, which imports a virtual module Node cannot load).
 */
const ATTEMPT_PAGE = 20;

const PROGRESS_MARKS: Mark[] = [
  { name: 'heading', selector: 'h1', text: 'Your progress' },
  { name: 'table', selector: 'section[aria-labelledby="units-heading"] tbody tr', min: 7 },
];
/** The rest of the progress screen: the chart, the first page of attempts and "Show more". */
const PAGE_MARKS: Mark[] = [
  { name: 'chart', selector: 'section[aria-labelledby="chart-heading"] svg' },
  { name: 'list', selector: 'ul.attempts > li', min: ATTEMPT_PAGE },
  { name: 'more', selector: 'section[aria-labelledby="attempts-heading"] button', text: 'Show' },
];
/** The first screen of `/#/`: the app's header and every unit of the course listed. */
const START_MARKS = (units: number): Mark[] => [
  { name: 'header', selector: 'header' },
  { name: 'units', selector: 'ol.units > li', min: units },
];

/** Writes records straight into the app's stores, optionally emptying them first. */
async function seed(page: Page, data: Entries, clear: boolean): Promise<void> {
  await page.evaluate(
    async ({ data, clear }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('lectern');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      try {
        for (const [store, entries] of Object.entries(data)) {
          if (!db.objectStoreNames.contains(store)) {
            throw new Error(`The app has not created the store ${store}`);
          }
          await new Promise<void>((resolve, reject) => {
            const tx = db.transaction(store, 'readwrite');
            const os = tx.objectStore(store);
            if (clear) {
              os.clear();
            }
            for (const [key, value] of entries) {
              os.put(value, key);
            }
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
            tx.onabort = () => reject(tx.error);
          });
        }
      } finally {
        db.close();
      }
    },
    { data, clear },
  );
}

interface SaveTimes {
  times: number[];
  stored: number;
  /** The journal must be empty after every save, as the app leaves it. */
  journalLeft: number;
}

/** The records one answer writes: a miss, so its review card is written too. */
export interface SaveTemplate {
  event: AnswerEvent;
  attempt: AttemptRecord;
  unit: UnitRecord;
  card: CardRecord;
}

/**
 * Times `saves` answer saves after `warmup` more, each the writes `ProgressStore.commit` makes for
 * one answer (a miss): one put of the journal record (store `journal`, key `commit`, value
 * `{ v, writes }` holding the four records), then puts of the answer event, the attempt, the unit
 * summary and the review card, together, then the journal record's delete; each in its own read-write
 * transaction awaited to completion, as localforage does.
 */
async function timeSaves(
  page: Page,
  template: SaveTemplate,
  saves: number,
  warmup: number,
): Promise<SaveTimes> {
  return page.evaluate(
    async ({ template, saves, warmup, journalKey, version }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('lectern');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const inTx = <T>(store: string, run: (os: IDBObjectStore) => IDBRequest<T>) =>
        new Promise<T>((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite');
          const req = run(tx.objectStore(store));
          tx.oncomplete = () => resolve(req.result);
          tx.onerror = () => reject(tx.error);
          tx.onabort = () => reject(tx.error);
        });
      const { event, attempt, unit, card } = template;
      const times: number[] = [];
      try {
        for (let i = 0; i < warmup + saves; i++) {
          const at = event.at + i * 30_000;
          const writes = [
            { store: 'answers', key: '', value: { ...event, id: crypto.randomUUID(), at } },
            { store: 'attempts', key: attempt.id, value: { ...attempt, updatedAt: at } },
            {
              store: 'units',
              key: `${unit.course}/${unit.unitId}`,
              value: { ...unit, updatedAt: at },
            },
            {
              store: 'cards',
              key: `${card.course}/${card.questionId}`,
              value: { ...card, updatedAt: at },
            },
          ];
          writes[0]!.key = (writes[0]!.value as { id: string }).id;
          const start = performance.now();
          await inTx('journal', (os) => os.put({ v: version, writes }, journalKey));
          await Promise.all(
            writes.map(({ store, key, value }) => inTx(store, (os) => os.put(value, key))),
          );
          await inTx('journal', (os) => os.delete(journalKey));
          const end = performance.now();
          await inTx('answers', (os) => os.delete(writes[0]!.key));
          if (i >= warmup) {
            times.push(end - start);
          }
        }
        const stored = await inTx('answers', (os) => os.count());
        const journalLeft = await inTx('journal', (os) => os.count());
        return { times, stored, journalLeft };
      } finally {
        db.close();
      }
    },
    { template, saves, warmup, journalKey: JOURNAL_KEY, version: SCHEMA_VERSION },
  );
}

/** An answer in an open attempt, with its unit summary and, as after a miss, a review card. */
function saveTemplate(dataset: Dataset): SaveTemplate {
  const attempt = dataset.attempts.find((a) => a.status === 'in-progress')!;
  const event = dataset.answers.find((e) => e.attemptId === attempt.id)!;
  const unit = dataset.unitRecords.find((u) => u.unitId === attempt.unitId)!;
  const card = dataset.cards.find((c) => c.unitId === attempt.unitId) ?? {
    ...dataset.cards[0]!,
    questionId: event.questionId,
    unitId: event.unitId,
    hash: event.hash,
  };
  return { event, attempt, unit, card };
}

function entries(dataset: Dataset, answers: number): Entries {
  const kept = dataset.answers.slice(0, answers);
  const attemptIds = new Set(kept.map((e) => e.attemptId));
  return {
    answers: kept.map((e) => [e.id, e]),
    attempts: dataset.attempts.filter((a) => attemptIds.has(a.id)).map((a) => [a.id, a]),
    units: dataset.unitRecords.map((u) => [`${u.course}/${u.unitId}`, u]),
    cards: dataset.cards.map((c) => [`${c.course}/${c.questionId}`, c]),
  };
}

async function openApp(context: BrowserContext, origin: string, hash = '#/'): Promise<Page> {
  const page = await context.newPage();
  await addMarks(page);
  await page.goto(`${origin}/${hash}`);
  return page;
}

async function appReady(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Study units' }).waitFor();
  await page.waitForLoadState('networkidle');
}

export interface StorageOptions {
  saves: number;
  runs: number;
  uiSaves: number;
}

export async function measureStorage(
  origin: string,
  options: StorageOptions,
): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const dataset = buildDataset({ attempts: 800, answers: 10_000, now: Date.now() });
  const figures: Figure[] = [];
  const details: Record<string, unknown> = {};

  // Saves: a new profile for each size, so one size's writes do not weigh on the next.
  const saveSection =
    'Saving one answer (raw IndexedDB: journal put; answer, attempt, unit and card puts together; journal delete)';
  const medians: number[] = [];
  const template = saveTemplate(dataset);
  for (const level of [100, 1_000, 10_000]) {
    const { times, stored, journalLeft } = await withProfile(async (context) => {
      debug(`storage: ${level} stored, opening the app`);
      const page = await openApp(context, origin);
      await appReady(page);
      debug(`storage: seeding ${level}`);
      await seed(page, entries(dataset, level), true);
      debug(`storage: timing saves`);
      await untilQuiet();
      return timeSaves(page, template, options.saves, 10);
    });
    if (stored !== level) {
      throw new Error(`Expected ${level} stored answer events, found ${stored}`);
    }
    if (journalLeft !== 0) {
      throw new Error(`The journal holds ${journalLeft} records after the saves, not none`);
    }
    const label = level.toLocaleString('en');
    const mid = percentile(times, 50);
    medians.push(mid);
    figures.push(
      {
        id: `save-median-${level}`,
        section: saveSection,
        label: `Save with ${label} stored: median of ${times.length}`,
        unit: 'ms',
        samples: [mid],
        budget: { op: '<=', value: 5 },
        note: `min ${Math.min(...times).toFixed(2)} ms, max ${Math.max(...times).toFixed(2)} ms`,
      },
      {
        id: `save-p95-${level}`,
        section: saveSection,
        label: `Save with ${label} stored: p95 of ${times.length}`,
        unit: 'ms',
        samples: [percentile(times, 95)],
        budget: { op: '<=', value: 20 },
      },
    );
    details[`saveTimes${level}`] = times.map((t) => Math.round(t * 100) / 100);
  }
  figures.push({
    id: 'save-flatness',
    section: saveSection,
    label: 'Save median at 10,000 ÷ at 100 stored (flat ≈ 1)',
    unit: 'ratio',
    samples: [medians[2]! / medians[0]!],
    budget: { op: '<=', value: 2 },
  });

  await withProfile(async (context) => {
    const skipped: string[] = [];
    context.on('console', (m) => {
      if (m.text().includes('skipped an unreadable record')) {
        skipped.push(m.text());
      }
    });
    debug('storage: full history, opening the app');
    let page = await openApp(context, origin);
    await appReady(page);
    debug('storage: seeding the full history');
    // The full history for the progress screen; reopen the app so it reads the new summaries.
    await seed(page, entries(dataset, dataset.answers.length), true);
    await page.close();
    const progressSection = `Progress screen with ${dataset.answers.length.toLocaleString('en')} answers, ${dataset.attempts.length} attempts`;
    const hashTimes: number[] = [];
    const hashAll: number[] = [];
    /** Each part's time after the hash change, to tell which one holds "everything" back. */
    const hashParts: Record<string, number[]> = {};
    const coldTimes: number[] = [];
    const coldAll: number[] = [];
    const coldShell: number[] = [];
    const startTimes: number[] = [];
    const startHeader: number[] = [];
    let listed = 0;
    const everything = (m: Record<string, number>) =>
      Math.max(...['heading', 'table', 'chart', 'list', 'more'].map((name) => m[name]!));
    for (let run = 0; run < options.runs; run++) {
      debug(`storage: cold start run ${run + 1}`);
      page = await context.newPage();
      await untilQuiet();
      await addMarks(page, START_MARKS(dataset.units.length));
      await page.goto(`${origin}/#/`);
      const start = await waitForMarks(page, ['header', 'units']);
      startHeader.push(start.header!);
      startTimes.push(Math.max(start.header!, start.units!));
      await page.close();

      debug(`storage: progress screen run ${run + 1}`);
      page = await openApp(context, origin);
      await appReady(page);
      await armMarks(page, [...PROGRESS_MARKS, ...PAGE_MARKS]);
      await untilQuiet();
      const hashAt = await page.evaluate(() => {
        const t = performance.now();
        location.hash = '#/progress';
        return t;
      });
      const marks = await waitForMarks(page, ['heading', 'table', 'chart', 'list', 'more']);
      hashTimes.push(Math.max(marks.heading!, marks.table!) - hashAt);
      hashAll.push(everything(marks) - hashAt);
      for (const name of ['heading', 'table', 'chart', 'list', 'more']) {
        (hashParts[name] ??= []).push(marks[name]! - hashAt);
      }
      if (run === 0) {
        listed = await listEveryAttempt(page);
      }
      await page.close();

      page = await context.newPage();
      await untilQuiet();
      await addMarks(page, [
        ...PROGRESS_MARKS,
        ...PAGE_MARKS,
        { name: 'shell', selector: 'header' },
      ]);
      await page.goto(`${origin}/#/progress`);
      const cold = await waitForMarks(page, ['heading', 'table', 'chart', 'list', 'more', 'shell']);
      coldShell.push(cold.shell!);
      coldTimes.push(Math.max(cold.heading!, cold.table!));
      coldAll.push(everything(cold));
      await page.close();
    }
    figures.push(
      {
        id: 'cold-start',
        section: `Cold start with ${dataset.answers.length.toLocaleString('en')} answers, ${dataset.attempts.length} attempts stored`,
        label: 'Load of /#/: header and units list shown',
        unit: 'ms',
        samples: startTimes,
        budget: { op: '<=', value: 150 },
        note:
          `from navigation start, unthrottled, app code from the HTTP cache and service worker; ` +
          `all ${dataset.units.length} units listed; the header alone showed at ` +
          `${Math.round(percentile(startHeader, 50))} ms (median)`,
      },
      {
        id: 'progress-hash',
        section: progressSection,
        label: 'Hash change to #/progress: heading and units table shown',
        unit: 'ms',
        samples: hashTimes,
        budget: { op: '<=', value: 150 },
      },
      {
        id: 'progress-hash-all',
        section: progressSection,
        label: `Hash change to #/progress: everything on screen (chart, first ${ATTEMPT_PAGE} attempts, “Show more”)`,
        unit: 'ms',
        samples: hashAll,
        budget: { op: '<=', value: 150 },
        note:
          'medians of each part: ' +
          Object.entries(hashParts)
            .map(([name, times]) => `${name} ${Math.round(percentile(times, 50))} ms`)
            .join(', '),
      },
      {
        id: 'progress-cold',
        section: progressSection,
        label: 'Cold load of /#/progress: heading and units table shown',
        unit: 'ms',
        samples: coldTimes,
        // No budget: the progress issue's "opening the progress screen" is the screen opened in
        // the app (the hash-change figure). A cold load adds the whole app start, which the
        // cold-start, offline-reload and first-visit figures budget.
        note:
          'from navigation start, app code from the HTTP cache and service worker; the app shell ' +
          `(header) showed at ${Math.round(percentile(coldShell, 50))} ms (median)`,
      },
      {
        id: 'progress-cold-all',
        section: progressSection,
        label: 'Cold load of /#/progress: everything on screen',
        unit: 'ms',
        samples: coldAll,
      },
      {
        id: 'progress-seeded-attempts',
        section: progressSection,
        label: `“Show more” lists all ${dataset.attempts.length} seeded attempts, none skipped`,
        unit: 'check',
        samples: [listed === dataset.attempts.length && skipped.length === 0 ? 1 : 0],
        budget: { op: '>=', value: 1 },
        note:
          `${listed} listed after pressing “Show more” until it went away (untimed)` +
          (skipped.length > 0 ? `; ${skipped.slice(0, 3).join(' | ')}` : ''),
      },
    );

    // The app's own save path through the UI, with the full history stored.
    debug('storage: answering through the UI');
    page = await openApp(context, origin, '#/unit/overview/quiz');
    await untilQuiet();
    const uiTimes = await answerThroughUi(page, options.uiSaves);
    await page.close();
    figures.push({
      id: 'save-ui',
      section: `Quiz with ${dataset.answers.length.toLocaleString('en')} answers stored`,
      label: 'Check → feedback shown (the app’s real save path, via the UI)',
      unit: 'ms',
      samples: uiTimes,
      note: `${uiTimes.length} answers in the overview quiz`,
    });
    details.storage = {
      answers: dataset.answers.length,
      attempts: dataset.attempts.length,
      finishedAttempts: dataset.attempts.filter((a) => a.status === 'finished').length,
      units: dataset.unitRecords.length,
      cards: dataset.cards.length,
      attemptsListed: listed,
      coldStartHeaderMs: startHeader.map(Math.round),
    };
  });
  return { figures, details };
}

/** Runs `use` in a persistent context on a new temporary profile, removed afterwards. */
async function withProfile<T>(use: (context: BrowserContext) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'lectern-bench-profile-'));
  const context = await launchPersistent(dir);
  try {
    return await use(context);
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
}

/** Presses "Show more" until every attempt is listed (untimed) and returns how many are. */
async function listEveryAttempt(page: Page): Promise<number> {
  const items = page.locator('ul.attempts > li');
  const more = page
    .locator('section[aria-labelledby="attempts-heading"]')
    .getByRole('button', { name: /^Show \d+ more attempt/ });
  for (let pages = 0; (await more.count()) > 0; pages++) {
    if (pages > 1000) {
      throw new Error('“Show more” never went away');
    }
    const before = await items.count();
    await more.click();
    await page.waitForFunction(
      (n) => document.querySelectorAll('ul.attempts > li').length > n,
      before,
    );
  }
  return items.count();
}

/** Answers `count` questions with whatever control comes first, timing Check → feedback. */
async function answerThroughUi(page: Page, count: number): Promise<number[]> {
  const times: number[] = [];
  const main = page.getByRole('main');
  for (let n = 0; n < count; n++) {
    const section = page.locator('section.question');
    await section.waitFor();
    // Check stays disabled while the previous step is still being saved.
    await page.waitForFunction(() =>
      [...document.querySelectorAll<HTMLButtonElement>('main button')].some(
        (b) => b.textContent?.trim() === 'Check' && !b.disabled,
      ),
    );
    const choice = section.locator('input[type=radio], input[type=checkbox]').first();
    const text = section.locator('input[type=text], input:not([type])').first();
    const selects = section.locator('select');
    if ((await choice.count()) > 0) {
      await choice.check();
    } else if ((await text.count()) > 0) {
      await text.fill('an answer');
    } else if ((await selects.count()) > 0) {
      for (const select of await selects.all()) {
        await select.selectOption({ index: 1 });
      }
    } else {
      await section.locator('button:enabled').first().click();
    }
    const time = await page.evaluate(async () => {
      const check = [...document.querySelectorAll<HTMLButtonElement>('main button')].find(
        (b) => b.textContent?.trim() === 'Check' && !b.disabled,
      );
      if (!check) {
        throw new Error('No enabled Check button');
      }
      const start = performance.now();
      const shown = new Promise<void>((resolve, reject) => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('.feedback')) {
            observer.disconnect();
            clearTimeout(timer);
            resolve();
          }
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          const main = document.querySelector('main')?.textContent?.replace(/\s+/g, ' ') ?? '';
          reject(new Error(`No feedback within 10 s of Check: …${main.slice(-200)}`));
        }, 10_000);
        observer.observe(document.body, { subtree: true, childList: true });
      });
      check.click();
      await shown;
      await new Promise((r) => requestAnimationFrame(r));
      return performance.now() - start;
    });
    times.push(time);
    const next = main.getByRole('button', { name: /^(Next question|See results)$/ });
    const label = await next.textContent();
    await next.click();
    if (label?.includes('See results')) {
      // "Retry the quiz" after a pass, "Try again" after a fail.
      await main.getByRole('button', { name: /^(Retry the quiz|Try again)$/ }).click();
    }
  }
  return times;
}
