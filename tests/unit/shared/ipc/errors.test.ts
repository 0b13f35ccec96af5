import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { OptionalEmail, OptionalPhone, requiredText } from '../../../../shared/domain/common';
import { AppFailure, toFieldIssues } from '../../../../shared/ipc/errors';

const issuesOf = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  if (result.success) throw new Error('expected the value to be rejected');
  return toFieldIssues(result.error.issues);
};

describe('toFieldIssues', () => {
  it('calls an empty required text "required"', () => {
    expect(issuesOf(z.object({ name: requiredText(10) }), { name: '' })).toMatchObject([
      { path: ['name'], code: 'required' },
    ]);
  });

  it('calls a bad e-mail "invalid_email"', () => {
    expect(issuesOf(z.object({ email: OptionalEmail }), { email: 'x@y' })).toMatchObject([
      { path: ['email'], code: 'invalid_email' },
    ]);
  });

  it('uses the snake_case key a schema put in its message as the code', () => {
    expect(issuesOf(OptionalPhone, 'abc')).toMatchObject([{ path: [], code: 'invalid_phone' }]);
  });

  it("keeps zod's code for a too-small number rather than calling it required", () => {
    expect(issuesOf(z.object({ n: z.number().min(1) }), { n: 0 })).toMatchObject([{ code: 'too_small' }]);
  });

  it('calls a too-short array "too_few", with its limit, not "required"', () => {
    expect(issuesOf(z.object({ list: z.array(z.string()).min(1) }), { list: [] })).toMatchObject([
      { code: 'too_few', params: { limit: 1 } },
    ]);
  });

  it('names a too-long text "too_long" and a too-long list "too_many", each with its limit', () => {
    expect(issuesOf(z.object({ name: z.string().max(200) }), { name: 'x'.repeat(201) })).toMatchObject([
      { code: 'too_long', params: { limit: 200 } },
    ]);
    expect(issuesOf(z.object({ list: z.array(z.string()).max(2) }), { list: ['a', 'b', 'c'] })).toMatchObject(
      [{ code: 'too_many', params: { limit: 2 } }],
    );
  });

  it('calls a non-e-mail format "invalid_format"', () => {
    expect(issuesOf(z.string().regex(/^[A-Z]{2}$/), 'x')).toMatchObject([{ code: 'invalid_format' }]);
  });

  it('reports a missing field as invalid_type at its path', () => {
    expect(issuesOf(z.object({ a: z.object({ b: z.string() }) }), { a: {} })).toMatchObject([
      { path: ['a', 'b'], code: 'invalid_type' },
    ]);
  });

  it('reports extra keys of a strict object as unrecognized_keys', () => {
    expect(issuesOf(z.object({}).strict(), { extra: 1 })).toMatchObject([{ code: 'unrecognized_keys' }]);
  });

  it('keeps array indexes in the path as numbers', () => {
    expect(issuesOf(z.array(z.string()), ['a', 2])).toMatchObject([{ path: [1], code: 'invalid_type' }]);
  });

  it("keeps zod's English message for developers", () => {
    const [issue] = issuesOf(z.object({ email: OptionalEmail }), { email: 'nope' });
    expect(issue?.message).not.toBe(issue?.code);
    expect(issue?.message.length).toBeGreaterThan(0);
  });
});

describe('AppFailure', () => {
  it('carries the issues only when there are some', () => {
    expect(new AppFailure('NOT_FOUND', 'gone').error).toEqual({ code: 'NOT_FOUND', message: 'gone' });
    const issues = [{ path: ['name'], code: 'required', message: 'Required' }];
    expect(new AppFailure('VALIDATION', 'bad', issues).error).toEqual({
      code: 'VALIDATION',
      message: 'bad',
      issues,
    });
  });
});
