/**
 * Database faults the server survives: PostgreSQL stopped or unreachable, a disk that is full, a
 * SQLite file deleted or replaced under the running server. Each becomes a `DatabaseUnavailable`,
 * which every route answers with 503 and `Retry-After` instead of a 500, and the server goes on:
 * the next request tries the database again, so it recovers by itself when the database is back.
 *
 * The log says once that the database went away (and why), and once that it came back; never
 * anything of the request that met the fault.
 */
export class DatabaseUnavailable extends Error {
  constructor(reason: string, options?: { cause?: unknown }) {
    super(reason, options);
    this.name = 'DatabaseUnavailable';
  }
}

/** Whether `error` is a database fault (also across bundles of the built server, which may each hold the class). */
export const isDatabaseUnavailable = (error: unknown): error is DatabaseUnavailable =>
  error instanceof DatabaseUnavailable || (error instanceof Error && error.name === 'DatabaseUnavailable');

/** What a 503 asks clients to wait: long enough for a restart, short enough for a child to try again. */
export const RETRY_AFTER_SECONDS = 30;

/**
 * PostgreSQL's SQLSTATE classes of a database that is not there or out of room: 08 connection
 * exceptions, 53 insufficient resources (disk full, too many connections), 57P01–57P03 a server
 * shutting down, crashed or starting.
 */
const POSTGRES_STATES = /^(08|53|57P0[1-3])/;
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** What `pg` says when a connection dies under it, or a connection does not come in time. */
const POSTGRES_MESSAGES = /Connection terminated|not queryable|timeout exceeded when trying to connect|Client was closed/i;
/** SQLite's primary result codes of a file that cannot be written or read now: BUSY, LOCKED, READONLY, IOERR, CORRUPT, FULL, CANTOPEN, NOTADB. */
const SQLITE_CODES = new Set([5, 6, 8, 10, 11, 13, 14, 26]);

interface ErrorFields {
  code?: unknown;
  errcode?: unknown;
  errors?: unknown;
  message?: unknown;
}

function isFault(error: unknown): boolean {
  if (error instanceof DatabaseUnavailable) return true;
  if (!error || typeof error !== 'object') return false;
  const { code, errcode, errors, message } = error as ErrorFields;
  if (typeof code === 'string' && (POSTGRES_STATES.test(code) || NETWORK_CODES.has(code))) return true;
  if (code === 'ERR_SQLITE_ERROR' && typeof errcode === 'number' && SQLITE_CODES.has(errcode & 0xff)) return true;
  // `pg` reports a refused connection to each address of a host name as one AggregateError.
  if (Array.isArray(errors) && errors.length > 0 && errors.every(isFault)) return true;
  return typeof message === 'string' && POSTGRES_MESSAGES.test(message);
}

let down: string | undefined;

/** Notes that the database answered: says once in the log that it is back after a fault. */
export function databaseAnswered(): void {
  if (down === undefined) return;
  down = undefined;
  console.log('The database is available again.');
}

/**
 * `error` as a `DatabaseUnavailable` when it is a fault the server survives (logged once while it
 * lasts); any other error (a bug, a broken constraint) unchanged.
 */
export function classify(error: unknown): unknown {
  if (!isFault(error)) return error;
  const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  // One line when it goes away, whatever else fails while it is away (each request, each reconnect).
  if (down === undefined) console.error(`The database is unavailable: ${reason}. Requests that need it get 503 until it is back.`);
  down = reason;
  return error instanceof DatabaseUnavailable ? error : new DatabaseUnavailable(reason, { cause: error });
}

/**
 * Runs `work` against the database, turning a fault into `DatabaseUnavailable`. Only a write
 * that succeeds says the database is back: on a full disk, reads still work.
 */
export async function guarded<T>(work: () => Promise<T>, { write }: { write: boolean }): Promise<T> {
  try {
    const result = await work();
    if (write) databaseAnswered();
    return result;
  } catch (error) {
    throw classify(error);
  }
}
