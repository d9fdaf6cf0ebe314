/** Finding the LMS's API: up the parents, then the opener, never tripping on another origin. */
import { describe, expect, it } from 'vitest';
import { findLmsApi } from '../../../src/lib/lms/find-api';

interface FakeWindow {
  parent: FakeWindow;
  opener: FakeWindow | null;
  API?: object;
  API_1484_11?: object;
}

function frame(props: Partial<FakeWindow> = {}, parent?: FakeWindow): FakeWindow {
  const win = { opener: null, ...props } as FakeWindow;
  win.parent = parent ?? win;
  return win;
}

/** A frame of another origin: reading anything on it throws, as browsers do. */
function foreign(parent?: FakeWindow): FakeWindow {
  const target = frame({}, parent);
  return new Proxy(target, {
    get(object, key) {
      if (key === 'parent') {
        return object.parent;
      }
      throw new DOMException('Blocked a frame', 'SecurityError');
    },
  });
}

const find = (win: FakeWindow) => findLmsApi(win as unknown as Window);

describe('findLmsApi', () => {
  it('finds nothing for a page on its own', () => {
    expect(find(frame())).toBeUndefined();
  });

  it('finds SCORM 1.2 in a grandparent', () => {
    const api = {};
    const top = frame({ API: api });
    expect(find(frame({}, frame({}, top)))).toEqual({ version: '1.2', api });
  });

  it('prefers SCORM 2004 where a frame offers both', () => {
    const api2004 = {};
    expect(find(frame({}, frame({ API: {}, API_1484_11: api2004 })))).toEqual({
      version: '2004',
      api: api2004,
    });
  });

  it('looks past a frame of another origin', () => {
    const api = {};
    expect(find(frame({}, foreign(frame({ API: api }))))).toEqual({ version: '1.2', api });
  });

  it('looks in the opener and its parents when no parent has it', () => {
    const api = {};
    const opener = frame({}, frame({ API_1484_11: api }));
    expect(find(frame({ opener }))).toEqual({ version: '2004', api });
  });
});
