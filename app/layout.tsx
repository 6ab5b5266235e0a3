import "./globals.css";
import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { NegotiationNav, NegotiationSwitcher } from "@/components/negotiations/negotiation-nav";
import { FreshnessWatcher } from "@/components/layout/freshness-watcher";
import { THEME_SCRIPT, ThemeToggle } from "@/components/layout/theme-toggle";
import { AccountMenu } from "@/components/layout/account-menu";
import { ViewerProvider } from "@/components/layout/viewer-context";
import { allows, getViewer } from "@/lib/auth/viewer";
import { currentVersion } from "@/lib/cache/versioned";
import { can } from "@/lib/auth/permissions";
import { readableNegotiations } from "@/lib/negotiations/queries";
import { audienceKey, hiddenFromPageViewer } from "@/lib/negotiations/access";
import { NEGOTIATIONS_PATH } from "@/lib/negotiations/paths";
import { Providers } from "./providers";
import { UpdatesLink } from "@/components/updates/updates-link";

export const metadata: Metadata = {
  title: { default: "Parley", template: "%s · Parley" },
  description: "Negotiation briefings: who said what, who stands where, what each draft changed.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [viewer, contentVersion] = await Promise.all([getViewer(), currentVersion().catch(() => null)]);
  const hidden = await hiddenFromPageViewer().catch(() => []);
  // Editors also find unpublished negotiations here (they open them in preview); by role only, like the rest of the page.
  // Nothing of them for someone who may not read (the sign-in page without PUBLIC_READ), nor the restricted ones hidden from this reader.
  const negotiations = (allows(viewer, "read") ? await readableNegotiations(can(viewer?.role, "edit") ? "all" : "published", hidden).catch(() => []) : []).map((n) => ({ slug: n.slug, title: n.title, published: n.status === "published" }));
  // Only the role (and which restricted negotiations it hides) reaches the page: pages are shared
  // by every reader with that audience (see lib/cache/pages.ts).
  const clientViewer = viewer && { role: viewer.role };
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body data-rendered-for={audienceKey(viewer?.role, hidden)} className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <ViewerProvider viewer={clientViewer}>
          <Providers>
          <a
            href="#main"
            className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900"
          >
            Skip to content
          </a>
          <header className="no-print border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
            <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2">
              <Link href="/" className="text-lg font-semibold tracking-tight">
                Parley
              </Link>
              {/* On phones the navigation gets a row of its own, below name, account and theme. */}
              <div className="order-last w-full min-w-0 md:order-none md:w-auto md:flex-1">
                <NegotiationNav negotiations={negotiations} />
              </div>
              <div className="ml-auto flex flex-wrap items-center justify-end gap-x-3 gap-y-1 md:ml-0">
                <NegotiationSwitcher negotiations={negotiations} />
                <Link href={NEGOTIATIONS_PATH} className="whitespace-nowrap text-sm underline underline-offset-2">
                  All negotiations
                </Link>
                <UpdatesLink />
                <AccountMenu />
                <ThemeToggle />
              </div>
            </div>
          </header>
            <main id="main" className="mx-auto max-w-7xl px-4 py-6">
              <FreshnessWatcher renderedAt={contentVersion} />
              {children}
            </main>
          </Providers>
        </ViewerProvider>
      </body>
    </html>
  );
}
