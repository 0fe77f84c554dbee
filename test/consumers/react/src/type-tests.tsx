// SPDX-License-Identifier: MIT
// Never rendered: `tsc -b` fails if the element after an @ts-expect-error comment type-checks.
// (TypeScript reports a bad hyphenated attribute at the tag, so each case sits on one line.)
export const typeTests = (
  <>
    {/* @ts-expect-error -- misspelled value of a choice attribute */}
    <khojaly-facts layout="grdi"></khojaly-facts>
    {/* @ts-expect-error -- heading-level takes a number (2 to 6), not a word */}
    <khojaly-facts heading-level="three"></khojaly-facts>
    {/* @ts-expect-error -- toc is a boolean */}
    <statement-document toc="yes"></statement-document>
  </>
);
