import "server-only";
import pg from "pg";

/**
 * A statement that starts with this comment is sent without waiting for its answer: the next statement of the same
 * transaction goes out behind it, in the same round trip (pg's pipeline mode). Only inside a transaction, and only
 * for statements whose result nobody reads (BEGIN, the tenant settings, an audit row): if one fails, PostgreSQL
 * aborts the transaction, every later statement fails, and the client throws that first error — at the next awaited
 * statement or at COMMIT, which would otherwise report a rolled-back transaction as committed.
 */
export const PIPELINED = "/* orgstack:pipelined */";
/** Like PIPELINED, and it marks the transaction read-only: its COMMIT is sent without waiting too (nothing to lose). */
export const PIPELINED_READ_ONLY = "/* orgstack:pipelined read-only */";

type QueryConfig = { text: string };
type QueryResultLike = { command: string; rowCount: number; rows: unknown[]; fields: unknown[] };

const sentResult = (command: string): QueryResultLike => ({ command, rowCount: 0, rows: [], fields: [] });

function textOf(config: unknown): string | null {
  return typeof config === "object" && config !== null && typeof (config as QueryConfig).text === "string"
    ? (config as QueryConfig).text
    : null;
}

/**
 * The pool's connection class (db/index.ts): pg's client in pipeline mode, which writes a query as soon as it is
 * issued instead of after the previous answer. Prisma awaits every statement, so this client answers the ones that
 * need no answer at once and lets the next one follow them onto the wire: BEGIN, the tenant settings and the first
 * query of a tenant transaction cost one round trip instead of three.
 */
export class PipeliningClient extends pg.Client {
  /** The open transaction: whether it is read-only, and the first failure of a statement sent without waiting. */
  #transaction: { readOnly: boolean; failure: unknown } | null = null;

  constructor(config?: pg.ClientConfig) {
    super({ ...config, pipeline: true });
  }

  // pg's query() has many overloads; the driver adapter only ever calls query(config) and awaits the promise.
  override query(...args: unknown[]): never {
    const text = args.length === 1 ? textOf(args[0]) : null;
    if (text === null) return (super.query as (...a: unknown[]) => never)(...args);
    return this.#query(args[0] as QueryConfig, text) as never;
  }

  async #query(config: QueryConfig, text: string): Promise<unknown> {
    const send = () => (super.query as (c: QueryConfig) => Promise<QueryResultLike>)(config);
    const transaction = this.#transaction;
    if (text === "BEGIN") {
      const begun = (this.#transaction = { readOnly: false, failure: null });
      this.#sendWithoutWaiting(send(), begun);
      return sentResult("BEGIN");
    }
    if (transaction && (text.startsWith(PIPELINED) || text.startsWith(PIPELINED_READ_ONLY))) {
      if (text.startsWith(PIPELINED_READ_ONLY)) transaction.readOnly = true;
      this.#sendWithoutWaiting(send(), transaction);
      return sentResult("SELECT");
    }
    if (transaction && (text === "COMMIT" || text === "ROLLBACK")) {
      this.#transaction = null;
      if (transaction.readOnly && transaction.failure === null) {
        // A read-only transaction has nothing to commit: its answers are final, so the response need not wait.
        const ended = send().catch((error: unknown) => console.error("[db] COMMIT of a read-only transaction failed", error));
        this.#releaseAfter(ended);
        return sentResult(text);
      }
      const result = await send();
      // A ROLLBACK follows an error the caller already has; it must not be replaced by an earlier one.
      if (text === "ROLLBACK") return result;
      // Answered in order: every statement sent before COMMIT has answered by now.
      if (transaction.failure !== null) throw transaction.failure;
      // COMMIT of an aborted transaction answers ROLLBACK, not an error.
      if (result.command === "ROLLBACK") throw new Error("The transaction was rolled back instead of committed.");
      return result;
    }
    try {
      return await send();
    } catch (error) {
      // "current transaction is aborted" says less than the statement that aborted it.
      throw transaction?.failure ?? error;
    }
  }

  /**
   * The pool hands this connection out again only once `pending` has answered: the next request gets an idle
   * connection rather than queueing behind a COMMIT nobody waits for (the pool gives the last one back first).
   */
  #releaseAfter(pending: Promise<unknown>) {
    const pooled = this as unknown as { release?: (error?: unknown) => void };
    const release = pooled.release;
    if (!release) return;
    // Meanwhile the connection has no owner to hear of its failure: an unheard 'error' would end the process, and a
    // broken connection must leave the pool.
    let broken: unknown;
    const onError = (error: unknown) => {
      broken ??= error;
    };
    this.on("error", onError);
    // pg-pool sets release on every checkout, so this wraps the release of this checkout only.
    pooled.release = (error?: unknown) =>
      void pending.finally(() => {
        this.off("error", onError);
        release.call(this, error ?? broken);
      });
  }

  #sendWithoutWaiting(pending: Promise<unknown>, transaction: { failure: unknown }) {
    pending.catch((error: unknown) => {
      transaction.failure ??= error;
    });
  }
}
