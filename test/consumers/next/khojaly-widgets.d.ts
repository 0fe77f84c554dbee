// SPDX-License-Identifier: MIT
// The widgets' tags, attributes and events in React's JSX.
/// <reference types="khojaly-widgets/jsx-react" />
