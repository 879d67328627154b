/**
 * Emulator time = real time + an offset that only moves forward.
 * Tests advance the clock instead of sleeping, so expiry of Account Links,
 * Checkout Sessions and delayed SEPA outcomes can be exercised instantly.
 */
export class Clock {
  private offsetMs = 0;

  constructor(initialOffsetSeconds = 0) {
    this.offsetMs = Math.max(0, initialOffsetSeconds) * 1000;
  }

  nowMs(): number {
    return Date.now() + this.offsetMs;
  }

  /** Unix seconds, the unit Stripe uses for every timestamp. */
  now(): number {
    return Math.floor(this.nowMs() / 1000);
  }

  advance(seconds: number): void {
    if (!Number.isFinite(seconds) || seconds < 0) throw new Error("seconds must be a non-negative number");
    this.offsetMs += seconds * 1000;
  }

  get offsetSeconds(): number {
    return this.offsetMs / 1000;
  }

  reset(): void {
    this.offsetMs = 0;
  }
}
