// A self-signed certificate for the practice court's host names, made at each start. The
// browser trusts it by its public-key hash only (--ignore-certificate-errors-spki-list).
import { createHash, createPublicKey } from 'node:crypto';
import { generate } from 'selfsigned';

export interface PracticeCertificate {
  readonly key: string;
  readonly cert: string;
  /** base64 SHA-256 of the SubjectPublicKeyInfo, for --ignore-certificate-errors-spki-list. */
  readonly spki: string;
}

export async function makeCertificate(): Promise<PracticeCertificate> {
  const pems = await generate([{ name: 'commonName', value: 'practice.uscourts.gov' }], {
    keyType: 'ec',
    curve: 'P-256',
    notAfterDate: new Date(Date.now() + 2 * 86_400_000),
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'subjectAltName', altNames: [{ type: 2, value: '*.uscourts.gov' }, { type: 2, value: 'uscourts.gov' }, { type: 2, value: '*.almb.uscourts.gov' }, { type: 2, value: '*.almd.uscourts.gov' }] },
    ],
  });
  const der = createPublicKey(pems.cert).export({ type: 'spki', format: 'der' });
  return { key: pems.private, cert: pems.cert, spki: createHash('sha256').update(der).digest('base64') };
}
