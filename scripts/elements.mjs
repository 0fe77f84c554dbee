// SPDX-License-Identifier: MIT
// The elements the builds know about: tag, class module, define module, and the title of its iframe page.
const source = "the Ombudsman of Azerbaijan's statement of 22 February 2021";

export const elements = [
  { tag: 'khojaly-facts', module: 'src/facts/khojaly-facts.ts', define: 'src/facts/define.ts', title: `Khojaly figures from ${source}` },
  { tag: 'recognition-list', module: 'src/recognition-list/recognition-list.ts', define: 'src/recognition-list/define.ts', title: `Recognitions of Khojaly named in ${source}` },
  { tag: 'statement-quote', module: 'src/statement-quote/statement-quote.ts', define: 'src/statement-quote/define.ts', title: `A quote from ${source}` },
  { tag: 'khojaly-chart', module: 'src/chart/khojaly-chart.ts', define: 'src/chart/define.ts', title: `Khojaly figures as a chart, from ${source}` },
  { tag: 'statement-timeline', module: 'src/timeline/statement-timeline.ts', define: 'src/timeline/define.ts', title: `Timeline of the events dated in ${source}` },
  { tag: 'statement-document', module: 'src/document/statement-document.ts', define: 'src/document/define.ts', title: `The full text of ${source}` },
  { tag: 'statement-list', module: 'src/list/statement-list.ts', define: 'src/list/define.ts', title: `Places, legal instruments and addressees named in ${source}` },
];
