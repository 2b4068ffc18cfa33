// URLs parseSite must and must not accept, kept beside it (tests read them).
export const SITE_EXAMPLES: ReadonlyArray<{ url: string; kind: string | null; court?: string | null; training?: boolean }> = [
  { url: 'https://ecf.almb.uscourts.gov/', kind: 'ecf', court: 'almb', training: false },
  { url: 'https://ecf.almd.uscourts.gov/cgi-bin/ShowIndex.pl', kind: 'ecf', court: 'almd', training: false },
  { url: 'https://ECF.ALMB.USCOURTS.GOV/cgi-bin/login.pl', kind: 'ecf', court: 'almb', training: false },
  { url: 'https://ecf.almb.uscourts.gov./', kind: 'ecf', court: 'almb', training: false },
  { url: 'https://ecf.ca9.uscourts.gov/n/beam/servlet/TransportRoom', kind: 'ecf', court: 'ca9', training: false },
  { url: 'https://ecf.cit.uscourts.gov/cgi-bin/DktRpt.pl', kind: 'ecf', court: 'cit', training: false },
  // Bankruptcy appellate panels are courts of their own (appellate kind).
  { url: 'https://ecf.bap9.uscourts.gov/n/beam/servlet/TransportRoom', kind: 'ecf', court: 'bap9', training: false },
  { url: 'https://ecf.bap1.uscourts.gov/', kind: 'ecf', court: 'bap1', training: false },
  { url: 'https://ecf.bap10.uscourts.gov/', kind: 'ecf', court: 'bap10', training: false },
  { url: 'https://ecf-train.azb.uscourts.gov/cgi-bin/login.pl', kind: 'ecf', court: 'azb', training: true },
  { url: 'https://ecf-test.almb.uscourts.gov/', kind: 'ecf', court: 'almb', training: true },
  { url: 'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=ALMBK', kind: 'login', court: null, training: false },
  { url: 'https://train-login.uscourts.gov/csologin/login.jsf', kind: 'login', court: null, training: true },
  { url: 'https://pacer.psc.uscourts.gov/pscof/manage/maint.jsf', kind: 'account', court: null, training: false },
  { url: 'https://train-pacer.uscourts.gov/', kind: 'account', court: null, training: true },
  // Not courts.
  { url: 'https://ecf.almb.uscourts.gov.evil.example/', kind: null },
  { url: 'https://ecf-almb.uscourts.gov.example.com/', kind: null },
  { url: 'https://evil-uscourts.gov/', kind: null },
  { url: 'https://ecf.almb.evil-uscourts.gov/', kind: null },
  { url: 'https://ecf.almb.uscourts.gov@evil.example/', kind: null },
  { url: 'https://user:pw@ecf.almb.uscourts.gov/', kind: null },
  { url: 'http://ecf.almb.uscourts.gov/', kind: null },
  { url: 'http://pacer.login.uscourts.gov/csologin/login.jsf', kind: null },
  { url: 'https://ecf.almb.uscourts.gov:8443/', kind: null },
  { url: 'https://ecf.nosuchcourt.uscourts.gov/', kind: null },
  { url: 'https://www.almd.uscourts.gov/electronic-filing', kind: null },
  { url: 'https://uscourts.gov/', kind: null },
  { url: 'https://ecf.xn--almb-8qa.uscourts.gov/', kind: null },
  { url: 'ftp://ecf.almb.uscourts.gov/', kind: null },
  { url: 'not a url', kind: null },
  { url: '', kind: null },
];

/** What loginCourt must read from a central-login address: the court, and whether both ids agree. */
export const LOGIN_COURT_EXAMPLES: ReadonlyArray<{ url: string; court: string | null; confirmed?: boolean; trainingReturn?: boolean }> = [
  { url: 'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=ALMBK&appurl=https://ecf.almb.uscourts.gov/cgi-bin/login.pl', court: 'almb', confirmed: true },
  { url: 'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=almdc', court: 'almd', confirmed: false },
  { url: 'https://pacer.login.uscourts.gov/csologin/login.jsf?appurl=https%3A%2F%2Fecf.cacb.uscourts.gov%2Fcgi-bin%2Flogin.pl', court: 'cacb', confirmed: false },
  { url: 'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=NOPE&appurl=https://ecf.nysb.uscourts.gov/', court: 'nysb', confirmed: false },
  { url: 'https://pacer.login.uscourts.gov/csologin/login.jsf?appurl=https://ecf.almb.uscourts.gov.evil.example/', court: null },
  { url: 'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=01BAP', court: 'bap1', confirmed: false },
  { url: 'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=09BAP&appurl=https://ecf.bap9.uscourts.gov/', court: 'bap9', confirmed: true },
  { url: 'https://pacer.login.uscourts.gov/csologin/login.jsf', court: null },
  // Ids that disagree: any website can link to the login with any court in its query.
  { url: 'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=NYSBK&appurl=https://ecf.almb.uscourts.gov/cgi-bin/login.pl', court: null },
  // A training return address is training, whatever the login host.
  { url: 'https://pacer.login.uscourts.gov/csologin/login.jsf?pscCourtId=ALMBK&appurl=https://ecf-train.almb.uscourts.gov/cgi-bin/login.pl', court: 'almb', confirmed: true, trainingReturn: true },
];
