// The practice court's made-up accounts. Trainers hand these out; tests type them.
// Each failure path of the real flow has an account (or a login) that produces it.
import { createHmac } from 'node:crypto';

export const PRACTICE_PASSWORD = 'Practice!2024';
export const PRACTICE_ECF_PASSWORD = 'ecf-practice';

export interface PacerAccount {
  readonly username: string;
  readonly name: string;
  /** Legacy accounts (created before August 2014, never upgraded) cannot be linked. */
  readonly upgraded: boolean;
  /** Only the training login host knows this account, and it knows only this one. */
  readonly training: boolean;
  /**
   * Multifactor authentication: not asked (`none`), set up (`enrolled`: the passcode page
   * follows the password), prompted with Skip left (`asked`), or required now (`required`).
   */
  readonly mfa: 'none' | 'enrolled' | 'asked' | 'required';
  /** PACER shows this account a notice to acknowledge at login. */
  readonly notice?: boolean;
}

export const PACER_ACCOUNTS: readonly PacerAccount[] = [
  { username: 'pfiler2024', name: 'Pat Filer', upgraded: true, training: false, mfa: 'none' },
  { username: 'pf1234', name: 'Pat Filer (legacy)', upgraded: false, training: false, mfa: 'none' },
  { username: 'trainee', name: 'Training User', upgraded: true, training: true, mfa: 'none' },
  { username: 'mfafiler24', name: 'Morgan Filer', upgraded: true, training: false, mfa: 'enrolled' },
  { username: 'mfaskip24', name: 'Sam Filer', upgraded: true, training: false, mfa: 'asked' },
  { username: 'mfanow2024', name: 'Alex Filer', upgraded: true, training: false, mfa: 'required' },
  { username: 'notice2024', name: 'Robin Filer', upgraded: true, training: false, mfa: 'enrolled', notice: true },
];

/** Skips of the MFA enrollment prompt an account has, as PACER gives them. */
export const MFA_SKIPS = 3;

export function pacerLogin(username: string, password: string, trainingHost: boolean): PacerAccount | null {
  const account = PACER_ACCOUNTS.find((a) => a.username === username.trim().toLowerCase());
  if (!account || password !== PRACTICE_PASSWORD || account.training !== trainingHost) return null;
  return account;
}

export type LinkOutcome = 'verify' | 'bad-credentials' | 'already-linked' | 'not-upgraded' | 'bad-character';

/** The CM/ECF logins of the practice court: one links, one is already linked elsewhere. */
export const ECF_LOGINS = { good: 'pat.filer', alreadyLinked: 'linked.filer' } as const;

export function checkLink(login: string, password: string, pacer: PacerAccount): LinkOutcome {
  // One court's published warning: such logins cannot be linked at all.
  if (/[&@$*]/.test(login)) return 'bad-character';
  const known = login === ECF_LOGINS.good || login === ECF_LOGINS.alreadyLinked;
  if (!known || password !== PRACTICE_ECF_PASSWORD) return 'bad-credentials';
  if (!pacer.upgraded) return 'not-upgraded';
  if (login === ECF_LOGINS.alreadyLinked) return 'already-linked';
  return 'verify';
}

/**
 * The practice authenticator: a standard TOTP (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits)
 * over a secret of the practice session, shown on the practice settings page in place of a
 * phone app. The current and the previous code are accepted, as real servers allow for drift.
 */
export function practicePasscode(secret: Buffer, at = Date.now()): string {
  return totp(secret, Math.floor(at / 30_000));
}

export function passcodeAccepted(secret: Buffer, typed: string, at = Date.now()): boolean {
  const code = typed.replace(/\s+/g, '');
  const step = Math.floor(at / 30_000);
  return /^\d{6}$/.test(code) && (code === totp(secret, step) || code === totp(secret, step - 1));
}

function totp(secret: Buffer, counter: number): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const digest = createHmac('sha1', secret).update(message).digest();
  const offset = digest[digest.length - 1]! & 0xf;
  const value = (digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}
