// The help desk's own contact, set by the user (options page) or the firm's IT (managed
// storage). Validated: it is shown on court pages, so it must be plain, short and safe.

export interface HelpDeskContact {
  readonly name: string;
  readonly phone: string;
  readonly email: string;
  /** An https address, or ''. */
  readonly web: string;
}

export const EMPTY_CONTACT: HelpDeskContact = { name: '', phone: '', email: '', web: '' };

const clean = (value: unknown, max: number) => (typeof value === 'string' ? value.replace(/[\u0000-\u001f<>]/g, '').trim().slice(0, max) : '');

/** A contact from untrusted input (storage, policy, a form), or null if it says nothing. */
export function readContact(raw: unknown): HelpDeskContact | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const record = raw as Record<string, unknown>;
  const web = clean(record.web, 200);
  const email = clean(record.email, 120);
  const contact = {
    name: clean(record.name, 80),
    phone: clean(record.phone, 40).replace(/[^\d\s+().x-]/gi, '').trim(),
    email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : '',
    web: /^https:\/\/[^\s]+$/i.test(web) ? web : '',
  };
  return contact.name || contact.phone || contact.email || contact.web ? contact : null;
}

/** One line for callouts and reports: "Acme LLP IT, (555) 010-0000, it@acme.example". */
export function contactLine(contact: HelpDeskContact): string {
  return [contact.name, contact.phone, contact.email, contact.web].filter(Boolean).join(', ');
}
