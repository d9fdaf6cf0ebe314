/**
 * Lectern inside an LMS: loaded only when `find-api.ts` found a SCORM API, never on a standalone
 * visit. It restores progress from the LMS (the source of truth here; IndexedDB is a cache), then
 * reports status, score, bookmark and suspend data after every change, commits when the page is
 * hidden and finishes once when it goes away.
 *
 * What it uses of the progress module, and nothing more (`ProgressPort`): the default course's
 * backup, the checked import of one, and the change messages of this tab and others. One SCO is
 * the default course. The final test needs no port of its own: its summary record is in the
 * backup beside the units' (`finalTestOf`).
 */
import { course, loadUnit } from 'virtual:lectern/course';
import type { Question } from '../content/types';
import type { BackupFile, MergePlan } from '../progress/backup';
import type { ChangeMessage } from '../progress/locks';
import {
  scorm12Connection,
  scorm2004Connection,
  type LmsConnection,
  type LmsProblem,
} from './connection';
import type { FoundApi } from './find-api';
import { problemReporter } from './notice';
import { lmsReport } from './report';
import { finalTestOf, snapshotOf } from './snapshot';
import { decodeSuspendData, encodeSuspendData, type CourseQuestions } from './suspend-data';

/** The part of `progress` (src/lib/progress/progress.svelte.ts) this module needs. */
export interface ProgressPort {
  exportBackup(course: string): Promise<BackupFile>;
  previewImport(
    text: string,
    byteSize: number,
    courses: readonly string[],
  ): Promise<{ file: BackupFile }>;
  importBackup(file: BackupFile): Promise<MergePlan>;
  /** Every change to storage, made in this tab or another. */
  listen(handler: (message: ChangeMessage) => void): () => void;
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
    const file = await progress.exportBackup(course.id);
    if (finished) {
      return;
    }
    const data = encodeSuspendData(file, lms.suspendLimit, questions);
    // The final test's summary is in the same export, so status, score and suspend data agree.
    const snapshot = snapshotOf(file, unitIds, finalTestOf(file, course.id));
    lms.save(lmsReport(snapshot), location.hash, data);
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
  progress.listen(queueReport);
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
      const file = decodeSuspendData(data, questions, course.id);
      if (file) {
        const text = JSON.stringify(file);
        const checked = await progress.previewImport(text, text.length, [course.id]);
        await progress.importBackup(checked.file);
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
