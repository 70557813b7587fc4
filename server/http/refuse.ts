import type { Response } from 'express';
import type { ErrorCode } from '../../protocol/errors.js';
import type { ErrorResponse } from '../../protocol/http-api.js';

/** Answers with `status` and the API's error body. */
export function refuse(response: Response, status: number, code: ErrorCode, message: string): void {
  const body: ErrorResponse = { error: { code, message } };
  response.status(status).json(body);
}
