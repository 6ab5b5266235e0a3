"use client";
// The account menu's feed address: make one (shown once, ending any earlier one) or revoke it.
// Feed readers have no session, so the address carries a token of its own.
import { useState } from "react";
import { sendJson } from "@/lib/http/client";

type Made = { atom: string; json: string };

export function FeedAddress() {
  const [made, setMade] = useState<Made | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setMessage(null);
    try {
      await action();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : "That did not work");
    } finally {
      setBusy(false);
    }
  };
  const make = () => run(async () => setMade(await sendJson<Made>("POST", "/api/account/feed-token", {})));
  const revoke = () =>
    run(async () => {
      await sendJson("DELETE", "/api/account/feed-token");
      setMade(null);
      setMessage("Feed address revoked.");
    });
  return (
    <div className="mt-2 border-t border-slate-200 px-1 pt-2 text-xs dark:border-slate-700" data-testid="feed-address">
      <p className="font-semibold">Feed of my updates</p>
      {made ? (
        <div className="mt-1 space-y-1">
          <p>Copy it now: it is shown only once.</p>
          <label className="block">
            Atom
            <input readOnly value={made.atom} className="mt-0.5 w-full rounded border border-slate-300 px-1 dark:border-slate-600 dark:bg-slate-800" onFocus={(e) => e.currentTarget.select()} />
          </label>
          <label className="block">
            JSON Feed
            <input readOnly value={made.json} className="mt-0.5 w-full rounded border border-slate-300 px-1 dark:border-slate-600 dark:bg-slate-800" onFocus={(e) => e.currentTarget.select()} />
          </label>
        </div>
      ) : null}
      <div className="mt-1 flex gap-2">
        <button type="button" disabled={busy} onClick={make} className="rounded border border-slate-300 px-1.5 py-0.5 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
          {made ? "Make a new address" : "Make a feed address"}
        </button>
        <button type="button" disabled={busy} onClick={revoke} className="rounded border border-slate-300 px-1.5 py-0.5 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">
          Revoke
        </button>
      </div>
      {message && (
        <p role="status" className="mt-1">
          {message}
        </p>
      )}
    </div>
  );
}
