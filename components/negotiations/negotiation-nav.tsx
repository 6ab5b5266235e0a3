"use client";
// The header's navigation and switcher. Under /n/<slug> both follow that negotiation; elsewhere
// (the list, an actor's or a source's page) the navigation leads to the first case's views.
import { usePathname, useRouter } from "next/navigation";
import { SiteNav } from "@/components/layout/site-nav";
import { NEGOTIATION_VIEWS, negotiationPath, splitNegotiationPath, switchedPath } from "@/lib/negotiations/paths";

export type SwitcherEntry = { slug: string; title: string; published: boolean };

export function NegotiationNav({ negotiations }: { negotiations: SwitcherEntry[] }) {
  const pathname = usePathname();
  const current = splitNegotiationPath(pathname)?.slug;
  const slug = negotiations.find((n) => n.slug === current)?.slug ?? negotiations[0]?.slug;
  if (!slug) return null;
  const items = NEGOTIATION_VIEWS.map((v) => ({ href: negotiationPath(slug, v.view), label: v.label }));
  return <SiteNav items={items} root={negotiationPath(slug)} />;
}

/**
 * Chooses the negotiation: a native select, so keyboard and screen readers work as everywhere.
 * Switching keeps the view (positions of one → positions of the other) and drops its filters,
 * which name the other negotiation's issues, drafts and territories.
 */
export function NegotiationSwitcher({ negotiations }: { negotiations: SwitcherEntry[] }) {
  const pathname = usePathname();
  const router = useRouter();
  const current = splitNegotiationPath(pathname)?.slug ?? "";
  if (negotiations.length === 0) return null;
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor="negotiation-switcher" className="sr-only 2xl:not-sr-only 2xl:text-slate-600 2xl:dark:text-slate-300">
        Negotiation
      </label>
      <select
        id="negotiation-switcher"
        data-testid="negotiation-switcher"
        className="max-w-[12rem] rounded border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
        value={negotiations.some((n) => n.slug === current) ? current : ""}
        onChange={(event) => {
          const target = negotiations.find((n) => n.slug === event.target.value);
          if (!target) return;
          const path = switchedPath(pathname, target.slug);
          router.push(target.published ? path : `${path}?preview=1`);
        }}
      >
        {!negotiations.some((n) => n.slug === current) && <option value="">Choose a negotiation…</option>}
        {negotiations.map((n) => (
          <option key={n.slug} value={n.slug}>
            {n.title}
            {n.published ? "" : " (unpublished)"}
          </option>
        ))}
      </select>
    </div>
  );
}
