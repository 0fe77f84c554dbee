// SPDX-License-Identifier: MIT
/** The library's version; a test keeps it equal to package.json's. Used to tell two loaded copies apart. */
export const version = '0.1.0';
