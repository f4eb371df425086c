import { describe, expect, it } from 'vitest';
import { FIRST_LOOK_KEY, readFirstLookRaw, startFirstLookRead, takeFirstLookRead, type FirstLookHost } from './first-look-raw';
import type { LibraryPeek } from './peek';

const copy: LibraryPeek = { recent: [], lists: [{ id: 'reading-list', name: 'Reading list', createdAt: 1 }] as LibraryPeek['lists'] };

function host(stored: Record<string, unknown>, calls: string[] = []): FirstLookHost {
  return {
    chrome: {
      storage: {
        local: {
          get: (key: string) => {
            calls.push(key);
            return Promise.resolve(key in stored ? { [key]: stored[key] } : {});
          },
        },
      },
    },
  };
}

describe('the first-look copy read without the polyfill', () => {
  it('reads the copy the storage item writes', async () => {
    expect(await readFirstLookRaw(host({ [FIRST_LOOK_KEY]: copy }))).toEqual(copy);
  });

  it('is null when there is no copy, a malformed one, or no storage at all', async () => {
    expect(await readFirstLookRaw(host({}))).toBeNull();
    expect(await readFirstLookRaw(host({ [FIRST_LOOK_KEY]: { recent: 'x' } }))).toBeNull();
    expect(await readFirstLookRaw({})).toBeNull();
    const failing: FirstLookHost = { browser: { storage: { local: { get: () => Promise.reject(new Error('gone')) } } } };
    expect(await readFirstLookRaw(failing)).toBeNull();
  });

  it('hands the early read to the page once, and reads anew when no early read ran', async () => {
    const calls: string[] = [];
    const h = host({ [FIRST_LOOK_KEY]: copy }, calls);
    startFirstLookRead(h);
    startFirstLookRead(h);
    expect(calls).toHaveLength(1);
    expect(await takeFirstLookRead(h)).toEqual(copy);
    expect(h.reelmarkFirstLook).toBeUndefined();
    expect(await takeFirstLookRead(h)).toEqual(copy);
    expect(calls).toHaveLength(2);
  });
});
