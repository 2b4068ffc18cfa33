// The practice court's made-up accounts. Trainers hand these out; tests type them.
// Each failure path of the real flow has an account (or a login) that produces it.

export const PRACTICE_PASSWORD = 'Practice!2024';
export const PRACTICE_ECF_PASSWORD = 'ecf-practice';

export interface PacerAccount {
  readonly username: string;
  readonly name: string;
  /** Legacy accounts (created before August 2014, never upgraded) cannot be linked. */
  readonly upgraded: boolean;
  /** Only the training login host knows this account, and it knows only this one. */
  readonly training: boolean;
}

export const PACER_ACCOUNTS: readonly PacerAccount[] = [
  { username: 'pfiler2024', name: 'Pat Filer', upgraded: true, training: false },
  { username: 'pf1234', name: 'Pat Filer (legacy)', upgraded: false, training: false },
  { username: 'trainee', name: 'Training User', upgraded: true, training: true },
];

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
