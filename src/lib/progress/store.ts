/**
 * The progress store: the one door through which Lectern reads and writes a learner's progress.
 * It keeps small records (see `constants.ts` for what lives where), writes every answer as it is
 * given, serialises read-modify-write across tabs with a Web Lock and tells other tabs what
 * changed. It never swallows a storage failure: callers get a `StorageError` to show.
 */
import type { Question } from '../content/types';
import type { Answer } from '../quiz/answers';
import { openIndexedDbStores, memoryStores, type KeyValueStore, type Stores } from './backend';
import type { BackupFile, MergePlan } from './backup';
import {
  MAX_COUNTED_GAP_MS,
  SCHEMA_VERSION,
  SETTINGS_KEY,
  STORE_NAMES,
  type StoreName,
} from './constants';
import { ChangeChannel, withLock } from './locks';
import type { AnswerEvent, AttemptRecord, CardRecord, SettingsRecord, UnitRecord } from './records';
import {
  defaultSettings,
  restoreAnswerEvent,
  restoreAttempt,
  restoreCard,
  restoreSettings,
  restoreUnit,
} from './restore';

export class StorageError extends Error {
  override name = 'StorageError';
  constructor(
    /** `partial`: an import failed and could not be fully undone either. */
    readonly reason: 'quota' | 'failed' | 'partial',
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

function isQuotaError(error: unknown): boolean {
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.code === DOMException.QUOTA_EXCEEDED_ERR)
  );
}

/** The quiz engine, the scheduler and the backup reader load on first use, not with the first screen. */
const engine = () => import('../quiz/attempt');
const scheduler = () => import('../review/schedule');
const backupReader = () => import('./backup');

export function newId(): string {
  return crypto.randomUUID();
}

export interface AnswerResult {
  attempt: AttemptRecord;
  /** The answer event written; none when the question was already answered. */
  event: AnswerEvent | undefined;
}

export class ProgressStore {
  /** Keys of stored records that failed to restore, so they are counted once however often read. */
  private readonly skippedKeys = new Set<string>();
  readonly changes = new ChangeChannel();

  private constructor(
    private readonly stores: Stores,
    /** True when IndexedDB could not be opened: progress lives only as long as the page. */
    readonly memoryOnly: boolean,
  ) {}

  /** Opens IndexedDB, or falls back to memory when the browser refuses it. */
  static async open(open: () => Promise<Stores> = openIndexedDbStores): Promise<ProgressStore> {
    try {
      return new ProgressStore(await open(), false);
    } catch (error) {
      console.warn('Lectern: IndexedDB is unavailable, progress is kept in memory only.', error);
      return new ProgressStore(memoryStores(), true);
    }
  }

  /** A store on memory only, for tests and for a browser without IndexedDB. */
  static inMemory(): ProgressStore {
    return new ProgressStore(memoryStores(), true);
  }

  get skipped(): number {
    return this.skippedKeys.size;
  }

  private async write(store: StoreName, key: string, value: unknown): Promise<void> {
    try {
      await this.stores[store].set(key, value);
    } catch (error) {
      throw new StorageError(isQuotaError(error) ? 'quota' : 'failed', error);
    }
  }

  private async remove(store: StoreName, key: string): Promise<void> {
    try {
      await this.stores[store].remove(key);
    } catch (error) {
      throw new StorageError('failed', error);
    }
  }

  private async read<T>(
    store: StoreName,
    key: string,
    restore: (raw: unknown) => T,
  ): Promise<T | undefined> {
    let raw: unknown;
    try {
      raw = await this.stores[store].get(key);
    } catch (error) {
      throw new StorageError('failed', error);
    }
    return raw === null || raw === undefined
      ? undefined
      : this.restoreOrSkip(store, key, raw, restore);
  }

  private async readAll<T>(store: StoreName, restore: (raw: unknown) => T): Promise<T[]> {
    let entries: [string, unknown][];
    try {
      entries = await this.stores[store].entries();
    } catch (error) {
      throw new StorageError('failed', error);
    }
    const out: T[] = [];
    for (const [key, raw] of entries) {
      const record = this.restoreOrSkip(store, key, raw, restore);
      if (record !== undefined) {
        out.push(record);
      }
    }
    return out;
  }

  private restoreOrSkip<T>(
    store: StoreName,
    key: string,
    raw: unknown,
    restore: (raw: unknown) => T,
  ): T | undefined {
    try {
      return restore(raw);
    } catch (error) {
      if (!this.skippedKeys.has(`${store}/${key}`)) {
        this.skippedKeys.add(`${store}/${key}`);
        console.warn(`Lectern: skipped an unreadable record ${store}/${key}.`, error);
      }
      return undefined;
    }
  }

  // Settings

  async settings(): Promise<SettingsRecord> {
    return (await this.read('settings', SETTINGS_KEY, restoreSettings)) ?? defaultSettings();
  }

  async saveSettings(patch: Partial<Omit<SettingsRecord, 'v'>>): Promise<SettingsRecord> {
    const saved = await withLock(async () => {
      const next: SettingsRecord = { ...(await this.settings()), ...patch, v: SCHEMA_VERSION };
      next.updatedAt = Date.now();
      await this.write('settings', SETTINGS_KEY, next);
      return next;
    });
    this.changes.post({ kind: 'settings' });
    return saved;
  }

  // Unit summaries

  async units(): Promise<Map<string, UnitRecord>> {
    const records = await this.readAll('units', restoreUnit);
    return new Map(records.map((r) => [r.unitId, r]));
  }

  private async unit(unitId: string, now: number): Promise<UnitRecord> {
    return (
      (await this.read('units', unitId, restoreUnit)) ?? {
        v: SCHEMA_VERSION,
        unitId,
        attempts: 0,
        timeSpentMs: 0,
        updatedAt: now,
      }
    );
  }

  private async updateUnit(
    unitId: string,
    now: number,
    change: (unit: UnitRecord) => UnitRecord,
  ): Promise<UnitRecord> {
    const next = { ...change(await this.unit(unitId, now)), updatedAt: now };
    await this.write('units', unitId, next);
    return next;
  }

  async markStudied(unitId: string, now = Date.now()): Promise<void> {
    await withLock(() =>
      this.updateUnit(unitId, now, (u) => ({ ...u, studiedAt: u.studiedAt ?? now })),
    );
    this.changes.post({ kind: 'units' });
  }

  // Attempts

  async attempt(id: string): Promise<AttemptRecord | undefined> {
    return this.read('attempts', id, restoreAttempt);
  }

  async attempts(): Promise<AttemptRecord[]> {
    return (await this.readAll('attempts', restoreAttempt)).sort(
      (a, b) => a.startedAt - b.startedAt,
    );
  }

  /** Saves a new attempt; for a unit quiz it also becomes the unit's open attempt. */
  async createAttempt(attempt: AttemptRecord): Promise<void> {
    await withLock(async () => {
      await this.write('attempts', attempt.id, attempt);
      if (!attempt.questionUnits) {
        await this.updateUnit(attempt.unitId, attempt.startedAt, (u) => ({
          ...u,
          openAttemptId: attempt.id,
        }));
      }
    });
    this.changes.post({ kind: 'all', attemptId: attempt.id });
  }

  private async lockedAttempt(id: string): Promise<AttemptRecord> {
    const attempt = await this.attempt(id);
    if (!attempt) {
      throw new StorageError('failed', new Error(`Attempt ${id} is not stored`));
    }
    return attempt;
  }

  /**
   * Grades and saves the answer to the attempt's current question, before the learner sees
   * feedback. Reads the attempt afresh under the lock, so an answer given in another tab is never
   * overwritten: if that tab already moved the attempt on, this throws and the caller reloads.
   * The answer event and the attempt are written together or not at all.
   */
  async answer(
    attemptId: string,
    question: Question,
    answer: Answer,
    questionUnitId: string,
    now = Date.now(),
  ): Promise<AnswerResult> {
    const { answerCurrent } = await engine();
    const result = await withLock(async () => {
      const stored = await this.lockedAttempt(attemptId);
      if (stored.answers[question.id] && stored.questionIds[stored.position] === question.id) {
        // Already answered (a double submit, or another tab): nothing new to write.
        return { attempt: stored, event: undefined };
      }
      const previousAt = stored.updatedAt;
      const next: AttemptRecord = { ...stored, ...answerCurrent(stored, question, answer, now) };
      const given = next.answers[question.id]!;
      const event: AnswerEvent = {
        v: SCHEMA_VERSION,
        id: newId(),
        attemptId,
        unitId: questionUnitId,
        questionId: question.id,
        hash: question.hash,
        answer,
        points: given.points,
        correct: given.correct,
        at: now,
      };
      await this.write('answers', event.id, event);
      try {
        await this.write('attempts', attemptId, next);
      } catch (error) {
        await this.remove('answers', event.id).catch(() => undefined);
        throw error;
      }
      const gap = Math.min(Math.max(0, now - previousAt), MAX_COUNTED_GAP_MS);
      await this.updateUnit(questionUnitId, now, (u) => ({
        ...u,
        timeSpentMs: u.timeSpentMs + gap,
      }));
      await this.updateCard(next, question, questionUnitId, given.correct, now);
      return { attempt: next, event };
    });
    this.changes.post({ kind: 'attempt', attemptId });
    return result;
  }

  /** A missed question enters the review deck; in a review, every answer reschedules its card. */
  private async updateCard(
    attempt: AttemptRecord,
    question: Question,
    unitId: string,
    correct: boolean,
    now: number,
  ): Promise<void> {
    const { newCard, reviewCard } = await scheduler();
    const existing = await this.read('cards', question.id, restoreCard);
    const inReview = attempt.questionUnits !== undefined;
    let card;
    if (inReview && existing) {
      card = reviewCard(existing.card, correct, now);
    } else if (!correct && (!existing || existing.hash !== question.hash)) {
      card = newCard(now);
    } else if (!correct && existing) {
      card = reviewCard(existing.card, false, now);
    } else {
      return;
    }
    const record: CardRecord = {
      v: SCHEMA_VERSION,
      questionId: question.id,
      unitId,
      hash: question.hash,
      card,
      updatedAt: now,
    };
    await this.write('cards', question.id, record);
  }

  /** Moves to the next question; finishing a unit quiz updates the unit's summary. */
  async advance(
    attemptId: string,
    expectedQuestionId: string,
    now = Date.now(),
  ): Promise<AttemptRecord> {
    const { advance, currentQuestionId } = await engine();
    const result = await withLock(async () => {
      const stored = await this.lockedAttempt(attemptId);
      if (currentQuestionId(stored) !== expectedQuestionId) {
        return stored;
      }
      const next: AttemptRecord = { ...stored, ...advance(stored, now) };
      await this.write('attempts', attemptId, next);
      await this.recordFinish(next, now);
      return next;
    });
    this.changes.post({ kind: 'all', attemptId });
    return result;
  }

  /**
   * Saves an attempt reconciled with changed content (stale answers moved aside, removed
   * questions dropped), unless it changed in the meantime; returns what is stored.
   */
  async saveReconciled(attempt: AttemptRecord, now = Date.now()): Promise<AttemptRecord> {
    const result = await withLock(async () => {
      const stored = await this.lockedAttempt(attempt.id);
      if (stored.updatedAt !== attempt.updatedAt || stored.status !== 'in-progress') {
        return stored;
      }
      await this.write('attempts', attempt.id, attempt);
      await this.recordFinish(attempt, now);
      return attempt;
    });
    if (result === attempt) {
      this.changes.post({ kind: 'all', attemptId: attempt.id });
    }
    return result;
  }

  /** A finished unit quiz counts in its unit's summary: attempts, scores, mastery. */
  private async recordFinish(attempt: AttemptRecord, now: number): Promise<void> {
    if (attempt.status !== 'finished' || attempt.questionUnits) {
      return;
    }
    const { scoreOf } = await engine();
    const score = scoreOf(attempt);
    await this.updateUnit(attempt.unitId, now, (u) => {
      const updated: UnitRecord = {
        ...u,
        attempts: u.attempts + 1,
        lastScore: score.ratio,
        bestScore: Math.max(u.bestScore ?? 0, score.ratio),
      };
      if (score.passed && updated.masteredAt === undefined) {
        updated.masteredAt = now;
      }
      if (updated.openAttemptId === attempt.id) {
        delete updated.openAttemptId;
      }
      return updated;
    });
  }

  // Review deck

  async cards(): Promise<CardRecord[]> {
    return this.readAll('cards', restoreCard);
  }

  // Backup

  async exportAll(now = new Date()): Promise<BackupFile> {
    const [answers, attempts, units, cards] = await Promise.all([
      this.readAll('answers', restoreAnswerEvent),
      this.attempts(),
      this.readAll('units', restoreUnit),
      this.cards(),
    ]);
    return {
      app: 'lectern',
      kind: 'progress',
      schemaVersion: SCHEMA_VERSION,
      exportedAt: now.toISOString(),
      answers,
      attempts,
      units,
      cards,
    };
  }

  /** Checks a backup file and works out what importing it would change, writing nothing. */
  async previewImport(
    text: string,
    byteSize: number,
  ): Promise<{ file: BackupFile; plan: MergePlan }> {
    const { parseBackup, planMerge } = await backupReader();
    const file = parseBackup(text, byteSize);
    return { file, plan: planMerge(await this.storedProgress(), file) };
  }

  private async storedProgress() {
    const [answerKeys, attempts, units, cards] = await Promise.all([
      this.stores.answers.entries().then((e) => new Set(e.map(([k]) => k))),
      this.attempts(),
      this.units(),
      this.cards(),
    ]);
    return {
      answerIds: answerKeys,
      attempts: new Map(attempts.map((a) => [a.id, a])),
      units,
      cards: new Map(cards.map((c) => [c.questionId, c])),
    };
  }

  /**
   * Merges a checked backup. The plan is recomputed under the lock against what is stored now;
   * if any write fails, every record already written is put back as it was.
   */
  async importBackup(file: BackupFile): Promise<MergePlan> {
    const { planMerge } = await backupReader();
    const plan = await withLock(async () => {
      const plan = planMerge(await this.storedProgress(), file);
      const writes: [StoreName, string, unknown][] = [
        ...plan.answers.map((r): [StoreName, string, unknown] => ['answers', r.id, r]),
        ...plan.attempts.map((r): [StoreName, string, unknown] => ['attempts', r.id, r]),
        ...plan.units.map((r): [StoreName, string, unknown] => ['units', r.unitId, r]),
        ...plan.cards.map((r): [StoreName, string, unknown] => ['cards', r.questionId, r]),
      ];
      const undo: [StoreName, string, unknown][] = [];
      try {
        for (const [store, key, value] of writes) {
          const previous = await this.stores[store].get(key);
          await this.write(store, key, value);
          undo.push([store, key, previous]);
        }
      } catch (error) {
        await this.undo(undo, error);
        throw error instanceof StorageError ? error : new StorageError('failed', error);
      }
      return plan;
    });
    this.changes.post({ kind: 'all' });
    return plan;
  }

  /** Puts back what an import overwrote; throws a `partial` StorageError if that fails too. */
  private async undo(writes: [StoreName, string, unknown][], cause: unknown): Promise<void> {
    let failures = 0;
    for (const [store, key, previous] of writes.reverse()) {
      const kv: KeyValueStore = this.stores[store];
      try {
        await (previous === null || previous === undefined
          ? kv.remove(key)
          : kv.set(key, previous));
      } catch {
        failures += 1;
      }
    }
    if (failures > 0) {
      throw new StorageError('partial', cause);
    }
  }

  /** Deletes all progress; settings such as the interface language stay. */
  async reset(): Promise<void> {
    await withLock(async () => {
      for (const name of STORE_NAMES) {
        if (name !== 'settings') {
          try {
            await this.stores[name].clear();
          } catch (error) {
            throw new StorageError('failed', error);
          }
        }
      }
    });
    this.skippedKeys.clear();
    this.changes.post({ kind: 'all' });
  }
}
