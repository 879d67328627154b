/** Stripe-shaped API errors: `{ error: { type, code, message, param, ... } }`. */

export type ErrorType = "invalid_request_error" | "card_error" | "idempotency_error" | "api_error";

export interface ErrorBody {
  type: ErrorType;
  message: string;
  code?: string;
  param?: string;
  decline_code?: string;
  doc_url?: string;
  request_log_url?: string;
  charge?: string;
  payment_intent?: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
  }
}

function docUrl(code: string | undefined): string | undefined {
  return code ? `https://stripe.com/docs/error-codes/${code.replace(/_/g, "-")}` : undefined;
}

export function invalidRequest(message: string, param?: string, code?: string): ApiError {
  return new ApiError(400, { type: "invalid_request_error", message, param, code, doc_url: docUrl(code) });
}

export function missingParam(param: string): ApiError {
  return invalidRequest(`Missing required param: ${param}.`, param, "parameter_missing");
}

/** 404 `resource_missing`, the answer for unknown ids and for objects of another account. */
export function noSuch(objectName: string, id: string, param = "id"): ApiError {
  return new ApiError(404, {
    type: "invalid_request_error",
    code: "resource_missing",
    message: `No such ${objectName}: '${id}'`,
    param,
    doc_url: docUrl("resource_missing"),
  });
}

export function cardError(message: string, code: string, declineCode?: string, extra: Partial<ErrorBody> = {}): ApiError {
  return new ApiError(402, {
    type: "card_error",
    message,
    code,
    decline_code: declineCode,
    doc_url: docUrl(code),
    ...extra,
  });
}

export function unauthorized(message: string): ApiError {
  return new ApiError(401, { type: "invalid_request_error", message });
}
