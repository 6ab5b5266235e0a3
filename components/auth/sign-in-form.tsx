"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { Field, inputClass, primaryButtonClass } from "@/components/ui/field";
import { authClient } from "@/lib/auth/client";
import { signInSchema, type SignInInput } from "@/lib/auth/schemas";

export function SignInForm({ next }: { next: string }) {
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<SignInInput>({ resolver: zodResolver(signInSchema) });
  const { errors, isSubmitting } = formState;

  const onSubmit = handleSubmit(async (input) => {
    setFailure(null);
    const { error } = await authClient.signIn.email(input);
    if (error) {
      setFailure(
        error.status === 429
          ? "Too many sign-in attempts from this address. Wait a minute and try again."
          : error.status === 401 || error.status === 403
            ? "Wrong email or password, or the account is deactivated."
            : (error.message ?? "Sign-in failed"),
      );
      return;
    }
    // A full navigation, so every server component renders for the new session.
    window.location.assign(next);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="mt-6 space-y-4">
      {failure && (
        <p role="alert" className="rounded border border-rose-300 bg-rose-50 p-2 text-sm text-rose-900 dark:border-rose-800 dark:bg-rose-950 dark:text-rose-100">
          {failure}
        </p>
      )}
      <Field label="Email" htmlFor="email" error={errors.email?.message} required>
        <input
          id="email"
          type="email"
          autoComplete="username"
          className={inputClass}
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "email-error" : undefined}
          {...register("email")}
        />
      </Field>
      <Field label="Password" htmlFor="password" error={errors.password?.message} required>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          className={inputClass}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={errors.password ? "password-error" : undefined}
          {...register("password")}
        />
      </Field>
      <button type="submit" className={`${primaryButtonClass} w-full`} disabled={isSubmitting}>
        {isSubmitting ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
