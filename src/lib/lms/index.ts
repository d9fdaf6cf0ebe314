/**
 * Lectern inside an LMS: loaded only when `find-api.ts` found a SCORM API, never on a standalone
 * visit. It restores progress from the LMS (the source of truth here; IndexedDB is a cache), then
 * reports status, score, bookmark and suspend data after every change, commits when the page is
 * hidden and finishes once when it goes away.
 *
 * What it uses of the progress module, and nothing more: `store.exportAll()`,
 * `store.previewImport(text, size)`, `store.importBackup(file)`, `refresh()`, and the change
 * messages the store posts (heard on a `ChangeChannel` of its own, since a channel never hears
 * its own posts).
 */
import { course, loadUnit } from 'virtual:lectern/course';
import type { Question } from '../content/types';
import type { BackupFile, MergePlan } from '../progress/backup';
import { ChangeChannel } from '../progress/locks';
import {
  scorm12Connection,
  scorm2004Connection,
  type LmsConnection,
  type LmsProblem,
} from './connection';
import type { FoundApi } from './find-api';
import { problemReporter } from './notice';
import { lmsReport, type FinalTestSnapshot } from './report';
import { snapshotOf } from './snapshot';
import { decodeSuspendData, encodeSuspendData, type CourseQuestions } from './suspend-data';

/** The part of `progress` (src/lib/progress/progress.svelte.ts) this module needs. */
export interface ProgressPort {
  readonly store: {
    exportAll(): Promise<BackupFile>;
    previewImport(text: string, byteSize: number): Promise<{ file: BackupFile }>;
    importBackup(file: BackupFile): Promise<MergePlan>;
  };
  refresh(): Promise<void>;
  /**
   * Only once the course has a final test (a later issue): its result so far, if taken. Then it
   * must be passed to complete and its best score is the score; without it, units alone decide.
   */
  finalTest?: () => { result?: FinalTestSnapshot };
}

async function courseQuestions(): Promise<CourseQuestions> {
  const units = await Promise.all(course.units.map((u) => loadUnit(u.id)));
  return new Map(
    units.flatMap((unit): [string, readonly Question[]][] =>
      unit ? [[unit.id, unit.questions]] : [],
    ),
  );
}

export async function connectLms(found: FoundApi, progress: ProgressPort): Promise<void> {
  const onProblem = problemReporter();
  const lms: LmsConnection =
    found.version === '2004'
      ? scorm2004Connection(found.api, onProblem)
      : scorm12Connection(found.api, onProblem);
  if (!lms.initialize()) {
    return;
  }
  const startedAt = Date.now();
  const questions = await courseQuestions();
  await restore(lms, progress, questions, onProblem);

  const unitIds = course.units.map((u) => u.id);
  let pending: Promise<void> = Promise.resolve();
  let finished = false;
  const report = async () => {
    const file = await progress.store.exportAll();
    if (finished) {
      return;
    }
    const data = encodeSuspendData(file, lms.suspendLimit, questions);
    lms.save(lmsReport(snapshotOf(file, unitIds, progress.finalTest?.())), location.hash, data);
    lms.commit();
  };
  // Reports run one after another, so an older export never lands after a newer one.
  const queueReport = () => {
    pending = pending
      .then(report)
      .catch((error: unknown) =>
        onProblem({ call: 'report', code: 'exception', text: String(error) }),
      );
  };
  new ChangeChannel().listen(queueReport);
  window.addEventListener('hashchange', queueReport);
  queueReport();

  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden' && !finished) {
      lms.sessionTime(Date.now() - startedAt);
      lms.commit();
    }
  });
  // Unload handlers are unreliable; pagehide is the last moment the page can still talk.
  window.addEventListener('pagehide', () => {
    if (finished) {
      return;
    }
    finished = true;
    lms.sessionTime(Date.now() - startedAt);
    lms.finish();
  });
}

/**
 * Brings progress from the LMS into the store, then opens the bookmarked screen, which reads the
 * restored progress (an open attempt resumes at its question).
 */
async function restore(
  lms: LmsConnection,
  progress: ProgressPort,
  questions: CourseQuestions,
  onProblem: (problem: LmsProblem) => void,
): Promise<void> {
  const resuming = lms.resuming();
  const data = lms.suspendData();
  if (data !== '') {
    try {
      const file = decodeSuspendData(data, questions);
      if (file) {
        const text = JSON.stringify(file);
        const checked = await progress.store.previewImport(text, text.length);
        await progress.store.importBackup(checked.file);
        await progress.refresh();
      }
    } catch (error) {
      onProblem({ call: 'restore suspend_data', code: 'unreadable', text: String(error) });
    }
  }
  const bookmark = lms.bookmark();
  if (resuming && bookmark.startsWith('#/')) {
    location.hash = bookmark;
  }
}
