/**
 * The app's reactive view of the learner's progress, and its actions. Screens read the fields
 * below (or a `LiveQuery`) and they update by themselves whenever storage changes, in this tab or
 * another; no screen reloads anything by hand. Each action runs one study step through
 * `ProgressStore.update`, so the rules live in `../study/` and the writes in the store.
 */
import type { LocaleCode } from '../content/types';
import { isDue } from '../review/due';
import type { AttemptRecord, CardRecord, SettingsRecord, UnitRecord } from '../study/records';
import type { AnswerInput, AnswerOutcome, TermRating } from '../study/steps';
import type { StudyActions } from './actions';
import type { BackupFile, MergePlan } from './backup';
import type { ChangeMessage } from './locks';
import { defaultSettings } from './restore';
import { ProgressStore, StorageError, type FirstRead, type Saved } from './store';

class Progress {
  #store: ProgressStore | undefined;
  #stopListening: (() => void) | undefined;
  // Raw state throughout: records are replaced whole after every read, never edited in place.
  /** Unit summaries of every course, by unit id (unit ids are unique across courses). */
  units: Record<string, UnitRecord> = $state.raw({});
  cards: readonly CardRecord[] = $state.raw([]);
  settings: SettingsRecord = $state.raw(defaultSettings());
  memoryOnly = $state(false);
  /**
   * Whether storage is open and what the first screen needs has been read. The app is built
   * before that (see `main.ts`): until then nothing may act on progress, only show it.
   */
  loaded = $state(false);
  /** The last storage failure, shown to the learner until dismissed or until a write succeeds. */
  failure: StorageError | undefined = $state();
  /** Records waiting to be stored after a failed write. */
  unsavedCount = $state(0);
  /** How often each attempt was written by another tab, so an open quiz can pick it up. */
  remoteAttemptWrites: Record<string, number> = $state.raw({});
  /** How often each course's progress was reset, here or elsewhere. */
  resets: Record<string, number> = $state.raw({});

  dueCount = $derived.by(() => {
    const now = Date.now();
    return this.cards.filter((card) => isDue(card.card, now)).length;
  });
  cardCount = $derived(this.cards.length);

  get store(): ProgressStore {
    if (!this.#store) {
      throw new Error('Progress is not started');
    }
    return this.#store;
  }

  /** Opens storage and reads what the first screen needs. */
  async start(store?: ProgressStore): Promise<void> {
    this.#stopListening?.();
    let first: FirstRead | undefined;
    if (store) {
      this.#store = store;
    } else {
      ({ store: this.#store, first } = await ProgressStore.openAndRead());
    }
    this.memoryOnly = this.#store.memoryOnly;
    this.#stopListening = this.#store.changes.listen((message, remote) =>
      this.#heard(message, remote),
    );
    if (first) {
      this.#show(first);
    } else {
      await this.refresh();
    }
    this.loaded = true;
  }

  /** Subscribes to every change, here and in other tabs; returns the unsubscribe. */
  listen(handler: (message: ChangeMessage) => void): () => void {
    return this.store.changes.listen(handler);
  }

  #heard(message: ChangeMessage, remote: boolean): void {
    if (message.kind === 'records' && remote && message.attemptIds.length > 0) {
      const writes = { ...this.remoteAttemptWrites };
      for (const id of message.attemptIds) {
        writes[id] = (writes[id] ?? 0) + 1;
      }
      this.remoteAttemptWrites = writes;
    }
    if (message.kind === 'reset') {
      const count = (this.#resetsNow.get(message.course) ?? 0) + 1;
      this.#resetsNow.set(message.course, count);
      this.resets = { ...this.resets, [message.course]: count };
    }
    void this.refresh();
  }

  /** Plain copies of `units`, for decisions made once (which attempt to resume), untracked. */
  #unitsNow = new Map<string, UnitRecord>();

  #resetsNow = new Map<string, number>();

  /** How often a course was reset so far, without subscribing to later resets. */
  resetCountNow(course: string): number {
    return this.#resetsNow.get(course) ?? 0;
  }

  /** A unit's summary as it is now, without subscribing to its changes. */
  unitNow(unitId: string): UnitRecord | undefined {
    return this.#unitsNow.get(unitId);
  }

  async refresh(): Promise<void> {
    try {
      const [units, settings, cards] = await Promise.all([
        this.store.units(),
        this.store.settings(),
        this.store.cards(),
      ]);
      this.#show({ units, settings, cards });
    } catch (error) {
      this.report(error);
    }
  }

  #show({ units, settings, cards }: FirstRead): void {
    this.units = Object.fromEntries(units.map((unit) => [unit.unitId, unit]));
    this.#unitsNow = new Map(units.map((unit) => [unit.unitId, unit]));
    this.settings = settings;
    this.cards = cards;
  }

  /** Shows a storage failure; anything else is a bug and is rethrown. */
  report(error: unknown): void {
    if (error instanceof StorageError) {
      this.failure = error;
      return;
    }
    throw error;
  }

  dismissFailure(): void {
    this.failure = undefined;
  }

  /** Shows a failed save, or clears the notice once a later save carried everything out. */
  #settle<T>(saved: Saved<T>): T {
    this.unsavedCount = this.store.unsavedCount;
    if (saved.failure) {
      this.failure = saved.failure;
    } else if (this.failure && this.unsavedCount === 0) {
      this.failure = undefined;
    }
    return saved.value;
  }

  // Study actions: each one step, one write (see `actions.ts`).

  /**
   * The actions load on first use: they bring the quiz engine and the review scheduler, which the
   * first screen does not need.
   */
  async #actions(): Promise<StudyActions> {
    const { StudyActions } = await import('./actions');
    return new StudyActions(this.store);
  }

  async markStudied(course: string, unitId: string, now = Date.now()): Promise<void> {
    this.#settle(await (await this.#actions()).markStudied(course, unitId, now));
  }

  /** Stores a new attempt; a failure is shown and the attempt waits in memory to be stored. */
  async startAttempt(attempt: AttemptRecord): Promise<void> {
    this.#settle(await (await this.#actions()).startAttempt(attempt));
  }

  /**
   * Grades and stores an answer (see `StudyActions.answer`); a storage failure is shown and the
   * graded attempt returned all the same.
   */
  async answer(
    attemptId: string,
    input: Omit<AnswerInput, 'eventId' | 'now'>,
    now = Date.now(),
  ): Promise<AnswerOutcome> {
    return this.#settle(await (await this.#actions()).answer(attemptId, input, now));
  }

  /** Rates a key-term flashcard (see `StudyActions.rateTerm`); a storage failure is shown. */
  async rateTerm(rating: Omit<TermRating, 'now'>, now = Date.now()): Promise<void> {
    this.#settle(await (await this.#actions()).rateTerm(rating, now));
  }

  async advance(
    attemptId: string,
    expectedQuestionId: string,
    now = Date.now(),
  ): Promise<AttemptRecord> {
    return this.#settle(await (await this.#actions()).advance(attemptId, expectedQuestionId, now));
  }

  async saveReconciled(reconciled: AttemptRecord, now = Date.now()): Promise<AttemptRecord> {
    return this.#settle(await (await this.#actions()).saveReconciled(reconciled, now));
  }

  /** Deletes a course's progress in one write; throws when it could not be stored. */
  async reset(course: string): Promise<void> {
    this.#settleOrThrow(await (await this.#actions()).reset(course));
  }

  async exportBackup(course: string, now = new Date()): Promise<BackupFile> {
    return (await this.#actions()).exportBackup(course, now);
  }

  async previewImport(
    text: string,
    byteSize: number,
    courses: readonly string[],
  ): Promise<{ file: BackupFile; plan: MergePlan }> {
    return (await this.#actions()).previewImport(text, byteSize, courses);
  }

  /**
   * Merges a checked backup in one write; throws when it could not be stored. Returns once the
   * reactive state shows the import, so whatever the caller opens next (the LMS opens its
   * bookmark) reads the imported records, not the ones before.
   */
  async importBackup(file: BackupFile): Promise<MergePlan> {
    const plan = this.#settleOrThrow(await (await this.#actions()).importBackup(file));
    await this.refresh();
    return plan;
  }

  /** For actions the learner waits on in Settings: a failure is the caller's to word. */
  #settleOrThrow<T>(saved: Saved<T>): T {
    this.unsavedCount = this.store.unsavedCount;
    if (saved.failure) {
      throw saved.failure;
    }
    return saved.value;
  }

  // Settings

  async saveLocale(locale: LocaleCode): Promise<void> {
    try {
      this.settings = await this.store.saveSettings({ locale });
    } catch (error) {
      this.report(error);
    }
  }

  /**
   * After the first finished unit, asks the browser to keep Lectern's storage instead of
   * clearing it under pressure. Asked once; the answer is shown in Settings.
   */
  async requestPersistence(): Promise<void> {
    if (this.settings.persistRequested || this.memoryOnly || !navigator.storage?.persist) {
      return;
    }
    try {
      await navigator.storage.persist();
      this.settings = await this.store.saveSettings({ persistRequested: true });
    } catch (error) {
      this.report(error);
    }
  }
}

export const progress = new Progress();
