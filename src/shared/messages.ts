// SPDX-License-Identifier: MIT
/**
 * The interface strings of the widgets (English). Every word a widget adds around the statement's own text
 * lives here, so it can be reviewed in one place and translated later.
 */
export const messages = {
  source: 'Source',
  sources: 'Sources',
  sourcePrefix: 'Source:',
  statementOf: 'statement of',
  paragraph: 'Paragraph',
  copy: 'Copy with citation',
  copied: 'Copied to the clipboard',
  copyFailed: 'Could not copy: select the text instead',
  including: 'including',
  ofWhom: 'of whom',
  moreThan: 'more than',
  almost: 'almost',
  groups: {
    'khojaly-1992': 'Khojaly, 25–26 February 1992',
    '2020': '2020',
    recognition: 'Recognition',
    years: 'Years',
    all: 'Figures of the statement',
  },
  recognitionKinds: {
    genocide: 'Recognized as genocide',
    massacre: 'Condemned as a massacre',
  },
  bodies: {
    parliament: 'Parliaments',
    'state-bodies': 'Executive and legislative bodies',
    'international-organization': 'International organizations',
  },
  theParliamentsOf: 'the parliaments of',
} as const;
