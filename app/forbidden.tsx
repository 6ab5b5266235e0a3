import Link from "next/link";

export default function Forbidden() {
  return (
    <section className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-semibold">Not allowed</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">Your role does not give access to this page. Ask an admin if you need it.</p>
      <Link href="/" className="mt-4 inline-block underline">
        Back to the dashboard
      </Link>
    </section>
  );
}
