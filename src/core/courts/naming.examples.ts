// Ids the naming rule must read, and must refuse, kept beside it (tests read them; the test
// also holds the rule to every court of the table).
export const NAMING_EXAMPLES = {
  ids: [
    ['almb', 'bankruptcy'], ['ALMD', 'district'], ['nmib', 'bankruptcy'], ['vid', 'district'],
    ['ca9', 'appellate'], ['cadc', 'appellate'], ['bap10', 'appellate'], ['cit', 'national'], ['jpml', 'national'],
  ],
  pacerIds: [
    ['ALMBK', 'almb'], ['almdc', 'almd'], ['09CA', 'ca9'], ['1DCCA', 'cadc'], ['10BAP', 'bap10'], ['USFCC', 'cofc'], ['JPMLDC', 'jpml'],
  ],
  refused: ['', 'b', 'www', 'almx', 'al-mb', 'averyverylongb', 'ecf.almb'],
  refusedPacerIds: ['', 'ALMBC', 'ALMDK', 'ALMB', 'ALMBX', '99XX', 'K'],
} as const;
