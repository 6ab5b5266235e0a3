import Link from "next/link";

export default function NotFound() {
  return (
    <section className="mx-auto max-w-xl py-12 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-300">This page does not exist, or what it showed has been removed or is not published.</p>
      <Link href="/" className="mt-4 inline-block underline">
        Back to the dashboard
      </Link>
    </section>
  );
}
