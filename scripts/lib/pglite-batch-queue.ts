import type { PGlite } from "@electric-sql/pglite";

type Job = {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
};

const SYNC = 0x53; // 'S': ends an extended-protocol batch (Parse, Bind, Execute…)
const QUERY = 0x51; // 'Q': a simple query is a batch on its own
const TERMINATE = 0x58; // 'X'
const PASSWORD = 0x70; // 'p'
const STARTUP = 0x00; // startup and SSL requests start with their length, not a type byte

/**
 * PGlite is one PostgreSQL backend shared by every socket. pglite-socket's own queue interleaves
 * connections message by message, so one connection's Parse/Bind/Execute can land between
 * another's (seen as lost rows under concurrent writes). This queue gives the backend to one
 * connection for a whole batch (up to Sync or a simple Query) and for a whole transaction, which is
 * what a real server's separate sessions guarantee.
 */
export class PGliteBatchQueue {
  private waiting: Job[] = [];
  private owner: number | null = null;
  private pumping = false;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ handlerId, message, onData, resolve, reject });
      void this.pump();
    });
  }

  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      for (;;) {
        const index = this.owner === null ? 0 : this.waiting.findIndex((job) => job.handlerId === this.owner);
        if (index === -1 || this.waiting.length === 0) break;
        const [job] = this.waiting.splice(index, 1);
        if (!job) break;
        this.owner = job.handlerId;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(job.message, {
              onRawData: (data) => {
                bytes += data.length;
                job.onData(data);
              },
            }),
          );
          job.resolve(bytes);
        } catch (error) {
          job.reject(error);
        }
        if (this.endsBatch(job.message[0]) && !this.db.isInTransaction()) this.owner = null;
      }
    } finally {
      this.pumping = false;
    }
  }

  private endsBatch(type: number | undefined): boolean {
    return type === SYNC || type === QUERY || type === TERMINATE || type === PASSWORD || type === STARTUP;
  }

  getQueueLength(): number {
    return this.waiting.length;
  }

  clearQueueForHandler(handlerId: number): void {
    this.waiting = this.waiting.filter((job) => {
      if (job.handlerId !== handlerId) return true;
      job.reject(new Error("Handler disconnected"));
      return false;
    });
  }

  /** A connection that went away mid-batch or mid-transaction gives the backend back. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec("ROLLBACK");
    this.owner = null;
    void this.pump();
  }
}
