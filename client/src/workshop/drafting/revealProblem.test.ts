import { describe, expect, it } from 'vitest';
import { participantProblem, revealFailure } from './revealProblem';

describe('reveal failures', () => {
  it('says the server could not be reached, and that trying again may work', () => {
    expect(revealFailure({ ok: false, status: 0, message: '' })).toEqual({
      message: 'drafting.error.network',
      detail: null,
      retryable: true,
    });
  });

  it('keeps the server reason as a detail', () => {
    expect(revealFailure({ ok: false, status: 404, message: 'no draft card x' })).toEqual({
      message: 'drafting.error.missing',
      detail: 'no draft card x',
      retryable: true,
    });
    expect(
      revealFailure({ ok: false, status: 403, message: 'only members can reveal drafts' }),
    ).toMatchObject({
      message: 'drafting.error.forbidden',
      retryable: false,
    });
  });

  it('names the status of an unexpected server error', () => {
    expect(revealFailure({ ok: false, status: 503, message: '' })).toMatchObject({
      message: 'drafting.error.server',
      detail: 'HTTP 503',
      retryable: true,
    });
  });
});

describe('the participant behind a reveal', () => {
  it('is fine once joined', () => {
    expect(
      participantProblem({
        status: 'ready',
        token: 't',
        participant: { id: 'p' as never, name: 'A', role: 'member', company: 'a' },
      }),
    ).toBeNull();
  });

  it('explains joining and a refused join, both retryable', () => {
    expect(participantProblem({ status: 'joining' })).toMatchObject({ message: 'drafting.error.joining' });
    expect(participantProblem({ status: 'failed', message: 'link rotated' })).toEqual({
      message: 'drafting.error.notJoined',
      detail: 'link rotated',
      retryable: true,
    });
  });
});
