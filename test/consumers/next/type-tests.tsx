// SPDX-License-Identifier: MIT
// Never rendered: `next build` type-checks this file and fails if a line after @ts-expect-error type-checks.
import { KhojalyFacts } from "./app/ssr/widgets";

export const typeTests = (
  <>
    {/* @ts-expect-error -- misspelled value of a choice attribute */}
    <khojaly-facts group="2002"></khojaly-facts>
    {/* @ts-expect-error -- unknown quote */}
    <statement-quote quote="impunty"></statement-quote>
    {/* @ts-expect-error -- the server-rendered wrapper takes the tag's attributes */}
    <KhojalyFacts layout="grdi" />
  </>
);
