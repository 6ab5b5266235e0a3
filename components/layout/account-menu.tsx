"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { authClient } from "@/lib/auth/client";
import { useCan, useViewer } from "./viewer-context";

/** Who is signed in, the admin area for editors, and signing out (here or on every device). */
export function AccountMenu() {
  const viewer = useViewer();
  const canEdit = useCan("edit");
  const [busy, setBusy] = useState(false);
  const router = useRouter();
  if (!viewer) {
    return (
      <Link href="/sign-in" className="text-sm underline">
        Sign in
      </Link>
    );
  }
  const signOut = async (everywhere: boolean) => {
    setBusy(true);
    if (everywhere) await authClient.revokeSessions();
    await authClient.signOut();
    router.replace("/sign-in");
    router.refresh();
  };
  return (
    <div className="flex items-center gap-3 text-sm">
      {canEdit && (
        <Link href="/admin" className="rounded bg-indigo-700 px-2 py-1 font-medium text-white hover:bg-indigo-800 dark:bg-indigo-500 dark:text-slate-950">
          Admin
        </Link>
      )}
      <details className="relative">
        <summary className="cursor-pointer list-none rounded px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800" aria-label={`Account: ${viewer.email}`}>
          <span className="hidden sm:inline">{viewer.name}</span> <span className="text-slate-500">({viewer.role})</span>
        </summary>
        <div className="absolute right-0 z-30 mt-1 w-56 rounded border border-slate-200 bg-white p-2 shadow-lg dark:border-slate-700 dark:bg-slate-900">
          <p className="truncate px-1 pb-2 text-xs text-slate-500">{viewer.email}</p>
          <button type="button" disabled={busy} className="block w-full rounded px-2 py-1 text-left hover:bg-slate-100 dark:hover:bg-slate-800" onClick={() => signOut(false)}>
            Sign out
          </button>
          <button type="button" disabled={busy} className="block w-full rounded px-2 py-1 text-left hover:bg-slate-100 dark:hover:bg-slate-800" onClick={() => signOut(true)}>
            Sign out everywhere
          </button>
        </div>
      </details>
    </div>
  );
}
