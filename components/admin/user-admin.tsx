"use client";
// Accounts for admins: add one (with a password the admin passes on), change role, deactivate,
// sign out everywhere. The server refuses anything that would leave Parley without an admin.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Field, inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import { ROLES, type Role } from "@/lib/domain/enums";
import { ROLE_LABELS } from "@/lib/domain/labels";
import { ApiError, sendJson } from "@/lib/http/client";
import { newUserSchema, type NewUser } from "@/lib/users/schemas";

type User = { id: string; email: string; name: string; role: Role; banned: boolean; scopes: { negotiationId: string }[]; reads: { negotiationId: string }[] };
type Negotiation = { id: string; title: string; restricted: boolean };

export function UserAdmin({ users, selfId, negotiations }: { users: User[]; selfId: string; negotiations: Negotiation[] }) {
  const router = useRouter();
  const restricted = negotiations.filter((n) => n.restricted);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const act = async (what: () => Promise<unknown>, done: string): Promise<boolean> => {
    try {
      await what();
      setMessage({ ok: true, text: done });
      router.refresh();
      return true;
    } catch (error) {
      setMessage({ ok: false, text: error instanceof ApiError ? error.message : "The server could not be reached" });
      return false;
    }
  };
  return (
    <div className="space-y-6">
      {message && (
        <p role={message.ok ? "status" : "alert"} className={`rounded border p-2 text-sm ${message.ok ? "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100" : "border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100"}`}>
          {message.text}
        </p>
      )}
      <div className="relative overflow-x-auto" tabIndex={0} role="region" aria-label="Table (scrolls sideways)">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-300 dark:border-slate-700">
            <tr>
              <th className="py-1 pr-3">Email</th>
              <th className="py-1 pr-3">Name</th>
              <th className="py-1 pr-3">Role</th>
              <th className="py-1 pr-3">Negotiations</th>
              <th className="py-1 pr-3">State</th>
              <th className="py-1">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className="border-b border-slate-100 dark:border-slate-800">
                <td className="py-1 pr-3">{u.email}</td>
                <td className="py-1 pr-3">{u.name}</td>
                <td className="py-1 pr-3">
                  <select
                    aria-label={`Role of ${u.email}`}
                    className={inputClass}
                    value={u.role}
                    disabled={u.id === selfId}
                    onChange={(e) => act(() => sendJson("PUT", `/api/admin/users/${u.id}`, { role: e.target.value }), `${u.email} is now ${e.target.value}; their sessions were ended.`)}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {ROLE_LABELS[r]}
                      </option>
                    ))}
                  </select>
                </td>
                <td className="py-1 pr-3">
                  {u.role === "editor" ? (
                    <NegotiationTicks
                      legend={`Negotiations ${u.email} may edit`}
                      none="edits every negotiation; tick to limit:"
                      initial={u.scopes}
                      negotiations={negotiations}
                      onChange={(ids) => act(() => sendJson("PUT", `/api/admin/users/${u.id}`, { negotiationIds: ids }), ids.length ? `${u.email} now edits ${ids.length} negotiation${ids.length === 1 ? "" : "s"} only.` : `${u.email} now edits every negotiation.`)}
                    />
                  ) : u.role === "analyst" && restricted.length ? (
                    <NegotiationTicks
                      legend={`Restricted negotiations ${u.email} may read`}
                      none="reads every negotiation except the restricted ones; tick to let them read:"
                      initial={u.reads.filter((r) => restricted.some((n) => n.id === r.negotiationId))}
                      negotiations={restricted}
                      onChange={(ids) => act(() => sendJson("PUT", `/api/admin/users/${u.id}`, { readsNegotiationIds: ids }), ids.length ? `${u.email} now reads ${ids.length} restricted negotiation${ids.length === 1 ? "" : "s"}.` : `${u.email} now reads no restricted negotiation.`)}
                    />
                  ) : (
                    <span className="text-slate-600 dark:text-slate-300">{u.role === "admin" ? "every negotiation" : "reads every negotiation (none is restricted)"}</span>
                  )}
                </td>
                <td className="py-1 pr-3">{u.banned ? "deactivated" : "active"}</td>
                <td className="flex flex-wrap gap-2 py-1">
                  {u.id !== selfId && (
                    <button
                      type="button"
                      className={secondaryButtonClass}
                      onClick={() => act(() => sendJson("PUT", `/api/admin/users/${u.id}`, { banned: !u.banned }), `${u.email} ${u.banned ? "reactivated" : "deactivated"}.`)}
                    >
                      {u.banned ? "Reactivate" : "Deactivate"}
                    </button>
                  )}
                  <button type="button" className={secondaryButtonClass} onClick={() => act(() => sendJson("DELETE", `/api/admin/users/${u.id}/sessions`), `${u.email} was signed out everywhere.`)}>
                    Sign out everywhere
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <AddUser onAdded={(email) => act(async () => undefined, `Added ${email}. Pass the password on to them in person or by another channel.`)} />
    </div>
  );
}

/** A set of negotiations picked by ticks: what an editor may change, or the restricted ones an analyst may read. */
function NegotiationTicks({ legend, none, initial, negotiations, onChange }: { legend: string; none: string; initial: { negotiationId: string }[]; negotiations: Negotiation[]; onChange: (ids: string[]) => Promise<boolean> }) {
  // Ticks show at once; the saved set comes back with the refreshed page.
  const [ticked, setTicked] = useState(() => initial.map((s) => s.negotiationId));
  const chosen = new Set(ticked);
  return (
    <fieldset className="text-xs">
      <legend className="sr-only">{legend}</legend>
      {chosen.size === 0 && <p className="text-slate-600 dark:text-slate-300">{none}</p>}
      {negotiations.map((n) => (
        <label key={n.id} className="flex items-center gap-1">
          <input
            type="checkbox"
            checked={chosen.has(n.id)}
            onChange={(e) => {
              const next = negotiations.map((x) => x.id).filter((id) => (id === n.id ? e.target.checked : chosen.has(id)));
              const before = ticked;
              setTicked(next);
              void onChange(next).then((saved) => saved || setTicked(before));
            }}
          />
          {n.title}
        </label>
      ))}
    </fieldset>
  );
}

function AddUser({ onAdded }: { onAdded: (email: string) => void }) {
  const { register, handleSubmit, formState, setError, reset } = useForm<NewUser>({ resolver: zodResolver(newUserSchema), defaultValues: { role: "analyst" } });
  const { errors } = formState;
  const onSubmit = handleSubmit(async (values) => {
    try {
      await sendJson("POST", "/api/admin/users", values);
      reset({ role: "analyst", email: "", name: "", password: "" });
      onAdded(values.email);
    } catch (error) {
      if (error instanceof ApiError && error.fields) for (const [k, m] of Object.entries(error.fields)) setError(k as keyof NewUser, { message: m.join("; ") });
      else setError("email", { message: error instanceof ApiError ? error.message : "Could not add the account" });
    }
  });
  const aria = (name: keyof NewUser) => ({ "aria-invalid": errors[name] ? true : undefined, "aria-describedby": errors[name] ? `new-${name}-error` : undefined });
  return (
    <form onSubmit={onSubmit} noValidate className="grid gap-3 rounded border border-slate-200 p-4 sm:grid-cols-2 dark:border-slate-800" aria-labelledby="add-user-title">
      <h2 id="add-user-title" className="text-lg font-semibold sm:col-span-2">
        Add an account
      </h2>
      <Field label="Email" htmlFor="new-email" error={errors.email?.message} required>
        <input id="new-email" type="email" className={inputClass} {...aria("email")} {...register("email")} />
      </Field>
      <Field label="Name" htmlFor="new-name" error={errors.name?.message} required>
        <input id="new-name" className={inputClass} {...aria("name")} {...register("name")} />
      </Field>
      <Field label="Role" htmlFor="new-role" error={errors.role?.message} required>
        <select id="new-role" className={inputClass} {...register("role")}>
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {ROLE_LABELS[r]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Password (12 characters or more)" htmlFor="new-password" error={errors.password?.message} required>
        <input id="new-password" type="password" autoComplete="new-password" className={inputClass} {...aria("password")} {...register("password")} />
      </Field>
      <div className="sm:col-span-2">
        <button type="submit" className={primaryButtonClass} disabled={formState.isSubmitting}>
          Add account
        </button>
        <span className="ml-3 text-sm text-slate-500">Or from the shell: npm run users -- add --email … --role …</span>
      </div>
    </form>
  );
}
