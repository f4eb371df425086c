interface Waiter {
  host: string;
  grant: (release: () => void) => void;
  fail: (err: unknown) => void;
}

/**
 * Hands out request slots: at most `perHost` at once to one host and `total` overall, first come
 * first served, skipping (not blocking on) a host that is full or paused. A host paused by a
 * Retry-After gets no slot until the pause ends.
 */
export class HostLimiter {
  private readonly active = new Map<string, number>();
  private readonly pausedUntil = new Map<string, number>();
  private readonly queue: Waiter[] = [];
  private running = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private timerAt = Infinity;
  /** Most slots held at once for one host, and overall, since creation. */
  maxPerHostSeen = 0;
  maxTotalSeen = 0;

  constructor(
    private readonly perHost: number,
    private readonly total: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Waits for a slot for `host`; resolves with the function that gives it back. */
  acquire(host: string, signal?: AbortSignal): Promise<() => void> {
    return new Promise((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const waiter: Waiter = {
        host,
        grant: (release) => {
          signal?.removeEventListener('abort', onAbort);
          resolve(release);
        },
        fail: reject,
      };
      const onAbort = () => {
        const i = this.queue.indexOf(waiter);
        if (i !== -1) this.queue.splice(i, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(waiter);
      this.pump();
    });
  }

  /** Keeps `host` from getting new slots until `until` (epoch ms). */
  pause(host: string, until: number): void {
    if (until > (this.pausedUntil.get(host) ?? 0)) this.pausedUntil.set(host, until);
  }

  /** Slots in use for a host right now. */
  inFlight(host?: string): number {
    return host === undefined ? this.running : (this.active.get(host) ?? 0);
  }

  private pump(): void {
    const now = this.now();
    let nextWake = Infinity;
    for (let i = 0; i < this.queue.length && this.running < this.total; ) {
      const w = this.queue[i]!;
      const paused = this.pausedUntil.get(w.host) ?? 0;
      if (paused > now) {
        nextWake = Math.min(nextWake, paused);
        i++;
        continue;
      }
      if ((this.active.get(w.host) ?? 0) >= this.perHost) {
        i++;
        continue;
      }
      this.queue.splice(i, 1);
      this.take(w.host);
      w.grant(this.releaser(w.host));
    }
    if (nextWake < this.timerAt) {
      if (this.timer !== null) clearTimeout(this.timer);
      this.timerAt = nextWake;
      this.timer = setTimeout(() => {
        this.timer = null;
        this.timerAt = Infinity;
        this.pump();
      }, nextWake - now);
    }
  }

  private take(host: string): void {
    const n = (this.active.get(host) ?? 0) + 1;
    this.active.set(host, n);
    this.running += 1;
    this.maxPerHostSeen = Math.max(this.maxPerHostSeen, n);
    this.maxTotalSeen = Math.max(this.maxTotalSeen, this.running);
  }

  private releaser(host: string): () => void {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      const n = (this.active.get(host) ?? 1) - 1;
      if (n === 0) this.active.delete(host);
      else this.active.set(host, n);
      this.running -= 1;
      this.pump();
    };
  }
}
