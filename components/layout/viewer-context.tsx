"use client";
import { createContext, useContext, type ReactNode } from "react";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/domain/enums";

/**
 * What every page knows about its reader: the role, nothing personal, so that a rendered page
 * can be shared by all readers with that role. The account menu fetches name and email itself.
 */
export type ClientViewer = { role: Role } | null;

const ViewerContext = createContext<ClientViewer>(null);

export function ViewerProvider({ viewer, children }: { viewer: ClientViewer; children: ReactNode }) {
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

export const useViewer = () => useContext(ViewerContext);

/** Whether to show a control; the server checks again when it is used. */
export function useCan(permission: Permission): boolean {
  return can(useContext(ViewerContext)?.role, permission);
}
