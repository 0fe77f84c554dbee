// SPDX-License-Identifier: MIT
/** Where the CDN bundles fetch the files they load on demand from (src/shared/beside.ts). */
import { expect } from '@open-wc/testing';
import { besideUrl } from '../../src/shared/beside.js';

describe('the files beside a CDN bundle', () => {
  it('are in the bundle’s folder', () => {
    expect(besideUrl('khojaly-upgrade.js', 'https://example.org/khojaly-widgets/dist/cdn/khojaly-widgets.js')).to.equal(
      'https://example.org/khojaly-widgets/dist/cdn/khojaly-upgrade.js',
    );
    expect(besideUrl('khojaly-validate.js', 'https://cdn.jsdelivr.net/npm/khojaly-widgets@0.1.0/dist/cdn/khojaly-facts.js')).to.equal(
      'https://cdn.jsdelivr.net/npm/khojaly-widgets@0.1.0/dist/cdn/khojaly-validate.js',
    );
  });

  it('carry the bundle’s query string, so a CMS’s ?ver= reaches them too', () => {
    expect(besideUrl('khojaly-validate.js', 'https://news.example/wp-content/plugins/khojaly-widgets/dist/cdn/khojaly-widgets.classic.js?ver=0.1.0')).to.equal(
      'https://news.example/wp-content/plugins/khojaly-widgets/dist/cdn/khojaly-validate.js?ver=0.1.0',
    );
  });

  it('for a package’s short address on a CDN, are in the package’s dist/cdn/, never another package', () => {
    // jsDelivr serves the package's main bundle at its short address, without a redirect: `./khojaly-upgrade.js`
    // from there would be https://cdn.jsdelivr.net/npm/khojaly-upgrade.js, a package anyone could publish.
    for (const short of ['https://cdn.jsdelivr.net/npm/khojaly-widgets@0.1.0', 'https://cdn.jsdelivr.net/npm/khojaly-widgets@0.1.0/']) {
      expect(besideUrl('khojaly-upgrade.js', short)).to.equal('https://cdn.jsdelivr.net/npm/khojaly-widgets@0.1.0/dist/cdn/khojaly-upgrade.js');
    }
  });
});
