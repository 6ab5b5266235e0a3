import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getViewer } from "@/lib/auth/viewer";
import { safeReturnPath } from "@/lib/auth/schemas";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeReturnPath((await searchParams).next);
  if (await getViewer()) redirect(next);
  return (
    <section className="mx-auto max-w-sm py-8">
      <h1 className="text-2xl font-semibold">Sign in to Parley</h1>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-300">Accounts are created by an administrator.</p>
      <SignInForm next={next} />
    </section>
  );
}
