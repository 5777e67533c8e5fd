import { Body, Param, ParseUUIDPipe, Query, type PipeTransform } from '@nestjs/common';
import type { ErrorDetail } from '@recode/contracts';
import { z, type ZodType } from 'zod';
import { AppError } from './errors';

export function zodIssuesToDetails(issues: readonly z.core.$ZodIssue[], root: string): ErrorDetail[] {
  return issues.map((issue) => ({
    path: [root, ...issue.path.map(String)].join('.'),
    message: issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message,
  }));
}

class ZodPipe<T> implements PipeTransform<unknown, T> {
  constructor(
    private readonly schema: ZodType<T>,
    private readonly root: 'body' | 'query',
  ) {}

  transform(value: unknown): T {
    const input = this.root === 'body' && (value === undefined || value === null || value === '') ? {} : value;
    // reportInput: zod 4 leaves `input` off issues otherwise, and a wrong type would read "is required".
    const result = this.schema.safeParse(input, { reportInput: true });
    if (result.success) return result.data;
    const details = zodIssuesToDetails(result.error.issues, this.root);
    const first = details[0];
    const message = first ? `${first.path}: ${first.message}` : 'The request is not valid';
    throw new AppError(400, 'VALIDATION_FAILED', message, details);
  }
}

/** `@ValidBody(schema)`: the body, parsed and typed, or a 400 naming each bad field. */
export const ValidBody = <T>(schema: ZodType<T>): ParameterDecorator => Body(new ZodPipe(schema, 'body'));
export const ValidQuery = <T>(schema: ZodType<T>): ParameterDecorator => Query(new ZodPipe(schema, 'query'));

/** A route id that must be a UUID; anything else is simply "not found" (no hint at what exists). */
export const IdParam = (name = 'id'): ParameterDecorator =>
  Param(name, new ParseUUIDPipe({ exceptionFactory: () => new AppError(404, 'NOT_FOUND', 'Not found') }));

export function toJsonSchema(schema: ZodType): Record<string, unknown> {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
