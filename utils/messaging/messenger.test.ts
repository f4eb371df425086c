import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onMessages, sendMessage } from './messenger';

interface TestProtocol {
  double(req: { n: number }): number;
  fail(req: Record<string, never>): void;
}

describe('typed messenger', () => {
  beforeEach(() => fakeBrowser.reset());

  it('dispatches by message type and returns the handler result', async () => {
    onMessages<TestProtocol>({ double: ({ n }) => n * 2 });
    await expect(sendMessage<TestProtocol, 'double'>('double', { n: 21 })).resolves.toBe(42);
  });

  it('re-throws handler errors on the sending side', async () => {
    onMessages<TestProtocol>({
      fail: () => {
        throw new Error('nope');
      },
    });
    await expect(sendMessage<TestProtocol, 'fail'>('fail', {})).rejects.toThrow('nope');
  });

  it('leaves messages without a handler to other listeners', async () => {
    onMessages<TestProtocol>({ double: ({ n }) => n * 2 });
    onMessages<TestProtocol>({ fail: () => undefined });
    await expect(sendMessage<TestProtocol, 'fail'>('fail', {})).resolves.toBeUndefined();
  });

  it('reports when nobody answers', async () => {
    await expect(sendMessage<TestProtocol, 'double'>('double', { n: 1 })).rejects.toThrow();
  });
});
