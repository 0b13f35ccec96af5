import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../../renderer/api/client';
import { failureText } from '../../../../../renderer/features/discovery/failureText';

const t = (key: string) => key;

describe('what the shortlist says when the core refuses', () => {
  it('names a town already on the shortlist instead of pointing to highlighted fields', () => {
    const error = new ApiError({
      code: 'VALIDATION',
      message: 'x',
      issues: [{ path: ['place'], code: 'already_shortlisted', message: 'x' }],
    });
    expect(failureText(error, t)).toBe('discovery:failure.already_shortlisted');
  });

  it('falls back to the general message for any other failure', () => {
    expect(failureText(new ApiError({ code: 'DISK_FULL', message: 'x' }), t)).toBe('errors:code.DISK_FULL');
    expect(failureText(new Error('boom'), t)).toBe('errors:code.INTERNAL');
  });
});
