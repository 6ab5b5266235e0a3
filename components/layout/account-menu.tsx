"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FeedAddress } from "@/components/updates/feed-address";
import { useCan, useViewer } from "./viewer-context";

type Account = { name: string; email: string };

const post = (path: string) => fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });

/** The reader's role, the admin area for editors, and signing out (here or on every device). */
export function AccountMenu() {
  const viewer = useViewer();
  const canEdit = useCan("edit");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [account, setAccount] = useState<Account | null>(null);
  if (!viewer) {
    return (
      <Link href="/sign-in" className="text-sm underline">
        Sign in
      </Link>
    );
  }
  // Name and email are not part of the (shared) page: fetched when the menu opens.
  const loadAccount = async () => {
    if (account) return;
    const session = await fetch("/api/auth/get-session").then((r) => (r.ok ? r.json() : null), () => null);
    if (session?.user) setAccount({ name: session.user.name, email: session.user.email });
  };
  const signOut = async (everywhere: boolean) => {
    setBusy(true);
    if (everywhere) await post("/api/auth/revoke-sessions");
    await post("/api/auth/sign-out");
    router.replace("/sign-in");
    router.refresh();
  };
  return (
    <div className="flex items-center gap-3 text-sm">
      {canEdit && (
        <Link href="/admin" className="rounded bg-indigo-700 px-2 py-1 font-medium text-white hover:bg-indigo-800 dark:bg-indigo-400 dark:text-slate-950">
          Admin
        </Link>
      )}
      <details className="relative" onToggle={(e) => (e.currentTarget.open ? loadAccount() : undefined)}>
        <summary className="cursor-pointer list-none rounded px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800">
          Account <span className="text-slate-600 dark:text-slate-400">({viewer.role})</span>
        </summary>
        <div className="absolute right-0 z-30 mt-1 w-72 rounded border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900">
          <p className="truncate px-1 pb-2 text-xs text-slate-600 dark:text-slate-400">{account ? `${account.name} · ${account.email}` : "Signed in"}</p>
          <button type="button" disabled={busy} className="block w-full rounded px-2 py-1 text-left hover:bg-slate-100 dark:hover:bg-slate-800" onClick={() => signOut(false)}>
            Sign out
          </button>
          <button type="button" disabled={busy} className="block w-full rounded px-2 py-1 text-left hover:bg-slate-100 dark:hover:bg-slate-800" onClick={() => signOut(true)}>
            Sign out everywhere
          </button>
          <FeedAddress />
        </div>
      </details>
    </div>
  );
}
