/**
 * The app's reactive view of the learner's progress: unit summaries, settings, the review count
 * and the storage status, reloaded whenever another tab reports a change. Screens read it and
 * call its methods; writes go through `ProgressStore`.
 */
import type { LocaleCode } from '../content/types';
import { isDue } from '../review/due';
import type { ChangeMessage } from './locks';
import type { SettingsRecord, UnitRecord } from './records';
import { defaultSettings } from './restore';
import { ProgressStore, StorageError } from './store';

class Progress {
  #store: ProgressStore | undefined;
  // Raw state throughout: records are replaced whole after every read, never edited in place.
  units: Record<string, UnitRecord> = $state.raw({});
  settings: SettingsRecord = $state.raw(defaultSettings());
  dueCount = $state(0);
  cardCount = $state(0);
  memoryOnly = $state(false);
  /** The last storage failure, shown to the learner until dismissed. */
  failure: StorageError | undefined = $state();
  /** Bumped on every change reported by another tab, with what changed. */
  lastChange: (ChangeMessage & { seq: number }) | undefined = $state.raw();

  get store(): ProgressStore {
    if (!this.#store) {
      throw new Error('Progress is not started');
    }
    return this.#store;
  }

  /** Opens storage and reads what the first screen needs. */
  async start(store?: ProgressStore): Promise<void> {
    this.#store = store ?? (await ProgressStore.open());
    this.memoryOnly = this.#store.memoryOnly;
    let seq = 0;
    this.#store.changes.listen((message) => {
      this.lastChange = { ...message, seq: ++seq };
      void this.refresh();
    });
    await this.refresh();
  }

  async refresh(): Promise<void> {
    try {
      const [units, settings, cards] = await Promise.all([
        this.store.units(),
        this.store.settings(),
        this.store.cards(),
      ]);
      this.units = Object.fromEntries(units);
      this.settings = settings;
      const now = Date.now();
      this.cardCount = cards.length;
      this.dueCount = cards.filter((c) => isDue(c.card, now)).length;
    } catch (error) {
      this.report(error);
    }
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

  async saveLocale(locale: LocaleCode): Promise<void> {
    try {
      this.settings = await this.store.saveSettings({ locale });
    } catch (error) {
      this.report(error);
    }
  }

  async markStudied(unitId: string): Promise<void> {
    try {
      await this.store.markStudied(unitId);
    } catch (error) {
      this.report(error);
    }
    await this.refresh();
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
