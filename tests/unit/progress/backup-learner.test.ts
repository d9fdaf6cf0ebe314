/**
 * The learner's name in backups: written with the progress when set, taken from a file only when
 * this device has none, and optional, so backups written before it (the frozen v1 and v2
 * fixtures) import exactly as they did.
 */
import { describe, expect, it } from 'vitest';
import { StudyActions } from '../../../src/lib/progress/actions';
import { ImportError, parseBackup } from '../../../src/lib/progress/backup';
import { MAX_LEARNER_NAME } from '../../../src/lib/progress/restore';
import { ProgressStore } from '../../../src/lib/progress/store';
import { asFile, backupFile, COURSE, stored, unitRecord } from './factories';
import backupV1 from './fixtures/v1/backup.json';
import backupV2 from './fixtures/v2/backup.json';

async function importText(store: ProgressStore, content: unknown) {
  const actions = new StudyActions(store);
  const { file, plan } = await actions.previewImport(...asFile(content), [COURSE]);
  const done = stored(await actions.importBackup(file));
  return { plan, done };
}

describe('the learner’s name in backups', () => {
  it.each([
    ['v1', backupV1],
    ['v2', backupV2],
  ])('imports a %s backup written before names, leaving the name unset', async (_, old) => {
    expect(old).not.toHaveProperty('learner');
    const store = ProgressStore.inMemory();
    const { done } = await importText(store, old);
    expect(done.changes).toBeGreaterThan(0);
    expect((await store.settings()).learnerName).toBeUndefined();
    expect((await store.units(COURSE)).length).toBeGreaterThan(0);
    // …and its export names no learner either.
    expect(await new StudyActions(store).exportBackup(COURSE)).not.toHaveProperty('learner');
  });

  it('exports the name and brings it to a device that has none', async () => {
    const from = ProgressStore.inMemory();
    await from.saveSettings({ learnerName: 'Aynur Tursun' });
    await from.update(() => ({
      change: { puts: [{ store: 'units', value: unitRecord() }], deletes: [] },
      value: undefined,
    }));
    const file = await new StudyActions(from).exportBackup(COURSE);
    expect(file.learner).toEqual({ name: 'Aynur Tursun' });

    const to = ProgressStore.inMemory();
    const { plan, done } = await importText(to, file);
    // The unit summary and the name.
    expect(plan.changes).toBe(2);
    expect(done.changes).toBe(2);
    expect((await to.settings()).learnerName).toBe('Aynur Tursun');
  });

  it('never replaces a name typed on this device', async () => {
    const store = ProgressStore.inMemory();
    await store.saveSettings({ learnerName: 'Local Name' });
    const { plan } = await importText(store, backupFile({ learner: { name: 'Other Name' } }));
    expect(plan.changes).toBe(0);
    expect((await store.settings()).learnerName).toBe('Local Name');
  });

  it('tidies a name as Settings does: spaces trimmed and joined, at most the limit', () => {
    const long = 'ü'.repeat(MAX_LEARNER_NAME + 10);
    const parse = (learner: unknown) =>
      parseBackup(...asFile({ ...backupFile(), learner }), [COURSE]).learner;
    expect(parse({ name: '  Li   Wei ' })).toEqual({ name: 'Li Wei' });
    expect(parse({ name: long })).toEqual({ name: 'ü'.repeat(MAX_LEARNER_NAME) });
    expect(parse({ name: '   ' })).toBeUndefined();
    expect(parse({})).toBeUndefined();
  });

  it.each([
    [{ name: 42 }, '"name" must be a text'],
    ['Li Wei', 'learner is not an object'],
    [['Li Wei'], 'learner is not an object'],
  ])('refuses a file whose learner is %j, saying why', (learner, problem) => {
    const attempt = () => parseBackup(...asFile({ ...backupFile(), learner }), [COURSE]);
    expect(attempt).toThrow(ImportError);
    try {
      attempt();
    } catch (error) {
      expect((error as ImportError).key).toBe('import.invalid_record');
      expect((error as ImportError).values).toMatchObject({ collection: 'learner', problem });
    }
  });
});
