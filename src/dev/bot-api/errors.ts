// Errors in the exact shape the Bot API returns them, so clients (grammY's GrammyError,
// auto-retry) react to them as they would in production.

export interface ResponseParameters {
  retry_after?: number;
  migrate_to_chat_id?: number;
}

/** What a test asks `failNext` to return instead of running the method. */
export interface InjectedFailure {
  error_code: number;
  description: string;
  retry_after?: number;
  /** Answer only after this many ms (or when the client gives up first: a timeout). */
  delayMs?: number;
  /** Never answer: the request hangs until the client aborts it (its timeout). */
  hang?: boolean;
  /** Drop the connection instead of answering (the client sees a network error). */
  reset?: boolean;
}

/** An injected failure that drops the connection; the transports turn it into a reset. */
export class ConnectionReset extends Error {
  constructor() {
    super("connection reset by the local Bot API (injected)");
    this.name = "ConnectionReset";
  }
}

export interface ErrorResponseBody {
  ok: false;
  error_code: number;
  description: string;
  parameters?: ResponseParameters;
}

export class BotApiError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly parameters?: ResponseParameters,
  ) {
    super(description);
    this.name = "BotApiError";
  }

  toBody(): ErrorResponseBody {
    const body: ErrorResponseBody = { ok: false, error_code: this.errorCode, description: this.description };
    if (this.parameters) body.parameters = this.parameters;
    return body;
  }

  /** HTTP status Telegram uses for this error (it mirrors error_code). */
  get httpStatus(): number {
    return this.errorCode >= 100 && this.errorCode <= 599 ? this.errorCode : 400;
  }
}

export const badRequest = (detail: string): BotApiError => new BotApiError(400, `Bad Request: ${detail}`);
export const forbidden = (detail: string): BotApiError => new BotApiError(403, `Forbidden: ${detail}`);
export const conflict = (detail: string): BotApiError => new BotApiError(409, `Conflict: ${detail}`);
export const notFound = (): BotApiError => new BotApiError(404, "Not Found");
export const unauthorized = (): BotApiError => new BotApiError(401, "Unauthorized");

export function fromInjected(failure: InjectedFailure): BotApiError {
  const parameters = failure.retry_after === undefined ? undefined : { retry_after: failure.retry_after };
  return new BotApiError(failure.error_code, failure.description, parameters);
}
