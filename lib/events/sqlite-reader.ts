// Reads of the embedded store run in a worker thread, on a read-only connection of their own: a
// year of counts takes the insights page a second or so to sum up, and better-sqlite3 is
// synchronous, so on the server's own thread that second would hold up every page. The worker
// starts on the first read and stops after a minute without one, so serving pages pays nothing.
import { Worker } from 'node:worker_threads';

/** Plain CommonJS, run with eval: better-sqlite3 resolves from the working directory, as the server's does. */
const source = `
const { parentPort, workerData } = require('node:worker_threads');
const Sqlite = require(require.resolve('better-sqlite3', { paths: [process.cwd()] }));
const db = new Sqlite(workerData.file, { readonly: true, fileMustExist: true });
const statements = new Map();
parentPort.on('message', ({ id, sql, params }) => {
  try {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    parentPort.postMessage({ id, rows: statement.all(...params) });
  } catch (error) {
    parentPort.postMessage({ id, error: String(error && error.message || error) });
  }
});
`;

type Pending = { resolve: (rows: Array<unknown>) => void; reject: (error: Error) => void };

export class SqliteReader {
  private worker: Worker | undefined;
  private pending = new Map<number, Pending>();
  private nextId = 0;
  private idle: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly file: string,
    private readonly idleMs = 60_000,
  ) {}

  all<T>(sql: string, params: ReadonlyArray<string | number>): Promise<Array<T>> {
    const worker = this.start();
    const id = this.nextId++;
    clearTimeout(this.idle);
    return new Promise<Array<T>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (rows: Array<unknown>) => void, reject });
      worker.postMessage({ id, sql, params });
    });
  }

  async close(): Promise<void> {
    clearTimeout(this.idle);
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) {
      return this.worker;
    }
    const worker = new Worker(source, { eval: true, workerData: { file: this.file } });
    worker.unref();
    worker.on('message', ({ id, rows, error }: { id: number; rows?: Array<unknown>; error?: string }) => {
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if (error !== undefined) {
        waiting?.reject(new Error(error));
      } else {
        waiting?.resolve(rows ?? []);
      }
      if (this.pending.size === 0) {
        this.idle = setTimeout(() => void this.close(), this.idleMs);
        this.idle.unref();
      }
    });
    const fail = (error: Error) => {
      for (const waiting of this.pending.values()) {
        waiting.reject(error);
      }
      this.pending.clear();
      if (this.worker === worker) {
        this.worker = undefined;
      }
    };
    worker.on('error', fail);
    worker.on('exit', () => fail(new Error('The store reader stopped')));
    this.worker = worker;
    return worker;
  }
}
