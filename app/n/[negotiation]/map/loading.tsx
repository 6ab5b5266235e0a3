import { PageSkeleton } from "@/components/ui/states";

// Only list and panel pages stream a skeleton: pages that can answer 404 must not, so the
// status code is still open when they decide.
export default function Loading() {
  return <PageSkeleton title="Territorial issues" />;
}
