// SPDX-License-Identifier: MIT
/// <reference types="khojaly-widgets/vue" />
