"use client";
// Accounts for admins: add one (with a password the admin passes on), change role, deactivate,
// sign out everywhere. The server refuses anything that would leave Parley without an admin.
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Field, inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/field";
import { ROLES, type Role } from "@/lib/domain/enums";
import { ApiError, sendJson } from "@/lib/http/client";
import { newUserSchema, type NewUser } from "@/lib/users/schemas";

type User = { id: string; email: string; name: string; role: Role; banned: boolean };

export function UserAdmin({ users, selfId }: { users: User[]; selfId: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const act = async (what: () => Promise<unknown>, done: string) => {
    try {
      await what();
      setMessage({ ok: true, text: done });
      router.refresh();
    } catch (error) {
      setMessage({ ok: false, text: error instanceof ApiError ? error.message : "The server could not be reached" });
    }
  };
  return (
    <div className="space-y-6">
      {message && (
        <p role={message.ok ? "status" : "alert"} className={`rounded border p-2 text-sm ${message.ok ? "border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100" : "border-rose-300 bg-rose-50 text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100"}`}>
          {message.text}
        </p>
      )}
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-slate-300 dark:border-slate-700">
            <tr>
              <th className="py-1 pr-3">Email</th>
              <th className="py-1 pr-3">Name</th>
              <th className="py-1 pr-3">Role</th>
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
                      <option key={r}>{r}</option>
                    ))}
                  </select>
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
            <option key={r}>{r}</option>
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
