"use server";
// "Mark all as read" from the updates page: a form that works with JavaScript off too. The
// reader marks only their own updates, up to the moment their page was made, so a change that
// arrived while they read stays unread.
import { redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer";
import { markRead } from "./read-marks";
import { markReadSchema } from "./schema";

export async function markAllRead(form: FormData): Promise<void> {
  const viewer = await getViewer();
  if (!viewer) redirect("/sign-in?next=/updates");
  const parsed = markReadSchema.safeParse({ until: form.get("until") });
  if (!parsed.success) redirect("/updates?problem=mark");
  const until = new Date(Math.min(Date.parse(parsed.data.until), Date.now()));
  await markRead(viewer.id, until);
  redirect("/updates");
}
