// SPDX-License-Identifier: MIT
/**
 * Copies text: the async clipboard API, else a selected textarea (no secure context, older engines).
 * `root` is where the textarea goes for the moment of the copy: a widget's shadow root keeps the page untouched.
 */
export async function copyText(text: string, root: ParentNode = document.body): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.cssText = 'position:fixed;inset-block-start:0;opacity:0';
    root.append(area);
    area.select();
    let ok = false;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}
