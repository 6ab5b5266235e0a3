"use client";
import { createContext, useContext, type ReactNode } from "react";
import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/domain/enums";

export type ClientViewer = { email: string; name: string; role: Role } | null;

const ViewerContext = createContext<ClientViewer>(null);

export function ViewerProvider({ viewer, children }: { viewer: ClientViewer; children: ReactNode }) {
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

export const useViewer = () => useContext(ViewerContext);

/** Whether to show a control; the server checks again when it is used. */
export function useCan(permission: Permission): boolean {
  return can(useContext(ViewerContext)?.role, permission);
}
