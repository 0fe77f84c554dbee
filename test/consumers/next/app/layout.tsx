// SPDX-License-Identifier: MIT
import type { Metadata } from "next";
// The widgets' page stylesheet: before their script runs, each empty tag takes the height it will have.
import "khojaly-widgets/khojaly-widgets.css";
import "./globals.css";

export const metadata: Metadata = {
  title: "khojaly-widgets in Next.js",
  icons: "data:,",
};

export default function RootLayout({ children }: LayoutProps<"/">) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
