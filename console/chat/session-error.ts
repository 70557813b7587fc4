import type { SessionErrorCode } from './ports.js';

/** What to tell an agent whose sign-in failed, by the failure's code. */
export function describeSessionError(code: SessionErrorCode): string {
  switch (code) {
    case 'invalid_credentials':
      return 'Wrong email or password.';
    case 'rate_limited':
      return 'Too many attempts, try again later.';
    case 'invalid_payload':
      return 'Enter your email address and password.';
    case 'unauthorized':
      return 'Your session has ended. Sign in again.';
    case 'network':
      return 'Cannot reach Switchboard. Check your connection and try again.';
    default:
      return 'Signing in failed. Try again in a moment.';
  }
}
