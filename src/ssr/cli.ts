// SPDX-License-Identifier: MIT
/**
 * The package's command, `npx khojaly-widgets snippet <tag> [attr=value …] [--light | --both]`: prints a
 * widget as static HTML to paste into a page or a CMS, and nothing else on standard output (warnings about
 * bad values go to standard error). See ./render.ts for the forms. Node only.
 * @module
 */
import { registry } from '../registry.js';
import { renderSnippet, type SnippetAttributeValue, type SnippetForm } from './render.js';

const usage = `Usage: npx khojaly-widgets snippet <tag> [attribute=value …] [--light | --both]

Prints the widget as static HTML: its content, styles and attribution, shown before (and without) JavaScript.
  <tag>             ${registry.map((e) => `${e.tag} (${e.name})`).join(', ')}
  attribute=value   an attribute of the widget, e.g. group=2020 layout=list; a bare name sets it empty
  --light           plain markup inside the tag instead of a <template> (for CMSs that strip <template>);
                    link dist/khojaly-widgets.css in the page to style it before the script runs
  --both            the <template> and the plain copy (for reader modes and feed readers)

Example: npx khojaly-widgets snippet khojaly-facts group=2020 layout=list > facts.html`;

function fail(message: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

const [command, ...args] = process.argv.slice(2);
if (command === undefined || command === '--help' || command === '-h' || args.includes('--help') || args.includes('-h')) {
  console.log(usage);
  process.exit(0);
}

if (command !== 'snippet') fail(`Unknown command "${command}".`);

let form: SnippetForm = 'shadow';
let tag: string | undefined;
const attributes: Record<string, SnippetAttributeValue> = {};
for (const arg of args) {
  if (arg === '--light' || arg === '--both' || arg === '--shadow') form = arg.slice(2) as SnippetForm;
  else if (arg.startsWith('--')) fail(`Unknown option ${arg}.`);
  else if (tag === undefined) tag = arg;
  else {
    const eq = arg.indexOf('=');
    if (eq === 0) fail(`"${arg}" has no attribute name.`);
    if (eq < 0) attributes[arg] = true;
    else attributes[arg.slice(0, eq)] = arg.slice(eq + 1);
  }
}
if (tag === undefined) fail('Name the widget to render.');

try {
  process.stdout.write(`${renderSnippet(tag, attributes, { form })}\n`);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
