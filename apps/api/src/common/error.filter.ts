import { ArgumentsHost, Catch, HttpException, Logger, type ExceptionFilter } from '@nestjs/common';
import type { ErrorBody, ErrorCode } from '@recode/contracts';
import type { NextFunction, Request, Response } from 'express';
import { ZodError } from 'zod';
import { AppError } from './errors';
import { zodIssuesToDetails } from './zod';

const STATUS_CODES: Record<number, ErrorCode> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

/** One shape for every error; 4xx for the caller's mistakes; never a stack trace on the wire. */
@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const [status, body] = this.toBody(exception);
    if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    res.status(status).json(body);
  }

  private toBody(exception: unknown): [number, ErrorBody] {
    if (exception instanceof AppError) {
      return [
        exception.status,
        { error: { code: exception.code, message: exception.message, details: exception.details } },
      ];
    }
    if (exception instanceof ZodError) {
      return [
        400,
        {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'The request is not valid',
            details: zodIssuesToDetails(exception.issues, 'body'),
          },
        },
      ];
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const message = status === 404 ? 'No such route' : exception.message;
      return [
        status,
        { error: { code: STATUS_CODES[status] ?? (status >= 500 ? 'INTERNAL' : 'BAD_REQUEST'), message, details: [] } },
      ];
    }
    return [
      500,
      {
        error: {
          code: 'INTERNAL',
          message: 'Something went wrong on our side; the request id is in the logs',
          details: [],
        },
      },
    ];
  }
}

/** Express middleware: body-parser errors never reach Nest's filters, so shape them here. */
export function bodyParserErrors(err: unknown, _req: Request, res: Response, next: NextFunction): void {
  const mapped = asBodyParserError(err);
  if (mapped) res.status(mapped[0]).json(mapped[1]);
  else next(err);
}

/** Express' body parser throws plain errors with a `type`; map them to the caller's mistake. */
function asBodyParserError(exception: unknown): [number, ErrorBody] | null {
  if (typeof exception !== 'object' || exception === null || !('type' in exception)) return null;
  const type = (exception as { type: unknown }).type;
  if (type === 'entity.parse.failed') {
    return [
      400,
      {
        error: {
          code: 'MALFORMED_JSON',
          message: 'The request body is not valid JSON',
          details: [{ path: 'body', message: String((exception as { message?: unknown }).message ?? 'parse error') }],
        },
      },
    ];
  }
  if (type === 'entity.too.large') {
    return [413, { error: { code: 'PAYLOAD_TOO_LARGE', message: 'The request body is too large', details: [] } }];
  }
  return null;
}
