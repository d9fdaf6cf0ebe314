/**
 * The learner's actions on one progress store: each reads the records it needs under the lock,
 * runs one study step and stores the step's change as one write. No rules here (they are the
 * steps') and no Svelte: `progress.svelte.ts` calls these for the page, tests call them for as
 * many "tabs" as they like. A failed write comes back as `failure` beside the step's value.
 */
import type { AttemptRecord } from '../study/records';
import {
  advanceStep,
  answerStep,
  change,
  reconcileStep,
  startStep,
  rateTermStep,
  studiedStep,
  type AnswerInput,
  type AnswerOutcome,
  type TermRating,
} from '../study/steps';
import { SCHEMA_VERSION } from '../study/constants';
import type { BackupFile, MergePlan } from './backup';
import { newId, type ProgressStore, type Saved } from './store';

/** The attempt is no longer stored: its course's progress was reset, here or in another tab. */
export class AttemptGone extends Error {
  override name = 'AttemptGone';
}

const backupModule = () => import('./backup');

export class StudyActions {
  constructor(readonly store: ProgressStore) {}

  markStudied(course: string, unitId: string, now = Date.now()): Promise<Saved<void>> {
    return this.store.update(async (read) => ({
      change: studiedStep(course, unitId, await read.unit(course, unitId), now),
      value: undefined,
    }));
  }

  /** Stores a new attempt (a unit quiz also becomes its unit's open attempt). */
  startAttempt(attempt: AttemptRecord): Promise<Saved<void>> {
    return this.store.update(async (read) => ({
      change: startStep(attempt, await read.unit(attempt.course, attempt.unitId)),
      value: undefined,
    }));
  }

  /**
   * Grades and stores the answer to the attempt's current question, against the attempt as
   * stored. Rejects with `AttemptConflict` when another tab moved it on and `AttemptGone` when
   * it was reset.
   */
  answer(
    attemptId: string,
    input: Omit<AnswerInput, 'eventId' | 'now'>,
    now = Date.now(),
  ): Promise<Saved<AnswerOutcome>> {
    return this.store.update(async (read) => {
      const stored = await read.attempt(attemptId);
      if (!stored) {
        throw new AttemptGone('the attempt is no longer stored');
      }
      const [unit, card] = await Promise.all([
        read.unit(stored.course, input.unitId),
        read.card(stored.course, input.question.id),
      ]);
      const outcome = answerStep(stored, unit, card, { ...input, eventId: newId(), now });
      return { change: outcome.change, value: outcome };
    });
  }

  /** Rates a key-term flashcard against its card as stored (a first rating adds it to the deck). */
  rateTerm(rating: Omit<TermRating, 'now'>, now = Date.now()): Promise<Saved<void>> {
    return this.store.update(async (read) => ({
      change: rateTermStep(await read.card(rating.course, rating.cardId), { ...rating, now }),
      value: undefined,
    }));
  }

  /** Moves the attempt past its answered question; finishing a unit quiz updates the unit. */
  advance(
    attemptId: string,
    expectedQuestionId: string,
    now = Date.now(),
  ): Promise<Saved<AttemptRecord>> {
    return this.store.update(async (read) => {
      const stored = await read.attempt(attemptId);
      if (!stored) {
        throw new AttemptGone('the attempt is no longer stored');
      }
      const unit = await read.unit(stored.course, stored.unitId);
      const { change, attempt } = advanceStep(stored, unit, expectedQuestionId, now);
      return { change, value: attempt };
    });
  }

  /** Stores an attempt reconciled with changed content, unless it changed in the meantime. */
  saveReconciled(reconciled: AttemptRecord, now = Date.now()): Promise<Saved<AttemptRecord>> {
    return this.store.update(async (read) => {
      const stored = await read.attempt(reconciled.id);
      if (!stored || stored.updatedAt !== reconciled.updatedAt || stored.status !== 'in-progress') {
        return { change: change(), value: stored ?? reconciled };
      }
      const unit = await read.unit(stored.course, stored.unitId);
      return { change: reconcileStep(reconciled, unit, now), value: reconciled };
    });
  }

  /** Deletes a course's progress in one write; settings and other courses stay. */
  reset(course: string): Promise<Saved<void>> {
    return this.store.update(async () => ({
      change: { puts: [], deletes: await this.store.courseKeys(course) },
      value: undefined,
      message: { kind: 'reset', course },
    }));
  }

  async exportBackup(course: string, now = new Date()): Promise<BackupFile> {
    const { BACKUP_APP, BACKUP_KIND } = await backupModule();
    const { learnerName } = await this.store.settings();
    return {
      app: BACKUP_APP,
      kind: BACKUP_KIND,
      schemaVersion: SCHEMA_VERSION,
      course,
      exportedAt: now.toISOString(),
      ...(await this.courseRecords(course)),
      ...(learnerName !== undefined && { learner: { name: learnerName } }),
    };
  }

  /** The backup's learner name, when this device has none yet: a name typed here always stays. */
  private async adoptedName(file: BackupFile): Promise<string | undefined> {
    const name = file.learner?.name;
    return name !== undefined && (await this.store.settings()).learnerName === undefined
      ? name
      : undefined;
  }

  private async courseRecords(course: string) {
    const [answers, attempts, units, cards] = await Promise.all([
      this.store.answerEvents(course),
      this.store.attempts(course),
      this.store.units(course),
      this.store.cards(course),
    ]);
    return { answers, attempts, units, cards };
  }

  /** Checks a backup file and works out what importing it would change, writing nothing. */
  async previewImport(
    text: string,
    byteSize: number,
    courses: readonly string[],
  ): Promise<{ file: BackupFile; plan: MergePlan }> {
    const { parseBackup, planMerge, storedProgress } = await backupModule();
    const file = parseBackup(text, byteSize, courses);
    const plan = planMerge(storedProgress(await this.courseRecords(file.course)), file);
    const name = await this.adoptedName(file);
    return { file, plan: name === undefined ? plan : { ...plan, changes: plan.changes + 1 } };
  }

  /** Merges a checked backup in one write, planned again against what is stored now. */
  async importBackup(file: BackupFile): Promise<Saved<MergePlan>> {
    const { planMerge, storedProgress, mergeChange } = await backupModule();
    const saved = await this.store.update(async () => {
      const plan = planMerge(storedProgress(await this.courseRecords(file.course)), file);
      return { change: mergeChange(plan), value: plan, message: { kind: 'all' } };
    });
    // Settings are no study record: the name is saved apart, after the progress it came with.
    const name = saved.failure ? undefined : await this.adoptedName(file);
    if (name !== undefined) {
      await this.store.saveSettings({ learnerName: name });
      return { ...saved, value: { ...saved.value, changes: saved.value.changes + 1 } };
    }
    return saved;
  }
}
