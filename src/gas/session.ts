/**
 * Who runs the add-on and the document lock, shared by the check-in and the period close: the user's locale (the
 * language before Settings is read), their address (blank when the domain hides it or the scope is missing: the
 * action goes on all the same), and one action at a time per document.
 */
const LOCK_WAIT_MS = 10000;

export function userLocale(): string {
  try {
    return Session.getActiveUserLocale() || '';
  } catch {
    return '';
  }
}

export function currentUserEmail(): string {
  try {
    return Session.getActiveUser().getEmail() || '';
  } catch {
    return '';
  }
}

/** Runs `run` under the document lock; throws `busy()` when another action holds it for 10 s. */
export function withDocumentLock<T>(busy: () => string, run: () => T): T {
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(LOCK_WAIT_MS);
  } catch {
    throw new Error(busy());
  }
  try {
    return run();
  } finally {
    lock.releaseLock();
  }
}
