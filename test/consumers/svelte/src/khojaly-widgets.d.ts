// SPDX-License-Identifier: MIT
/// <reference types="khojaly-widgets/svelte" />
