"use client";
import { useEffect, useState } from "react";

type Theme = "system" | "light" | "dark";
const NEXT: Record<Theme, Theme> = { system: "light", light: "dark", dark: "system" };
const LABEL: Record<Theme, string> = { system: "Theme: system", light: "Theme: light", dark: "Theme: dark" };

/** Runs before the first paint (inlined in <head>) so a dark page never flashes light. */
export const THEME_SCRIPT = `(function(){try{var t=localStorage.getItem("parley-theme")||"system";var d=t==="dark"||(t==="system"&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d)}catch(e){}})()`;

function apply(theme: Theme) {
  const dark = theme === "dark" || (theme === "system" && matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
}

export function ThemeToggle() {
  // Read on the client only; the server renders "system" and the label is patched on hydration.
  const [theme, setTheme] = useState<Theme | null>(() =>
    typeof window === "undefined" ? null : ((localStorage.getItem("parley-theme") as Theme | null) ?? "system"),
  );
  useEffect(() => {
    if (!theme) return;
    localStorage.setItem("parley-theme", theme);
    apply(theme);
    if (theme !== "system") return;
    const media = matchMedia("(prefers-color-scheme: dark)");
    const onChange = () => apply("system");
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, [theme]);

  return (
    <button
      type="button"
      suppressHydrationWarning
      onClick={() => setTheme(NEXT[theme ?? "system"])}
      className="rounded border border-slate-300 px-2 py-1 text-xs text-slate-600 hover:bg-slate-100 dark:border-slate-600 dark:text-slate-300 dark:hover:bg-slate-800"
      aria-label={`${LABEL[theme ?? "system"]}. Change theme`}
    >
      {theme === "dark" ? "☾ Dark" : theme === "light" ? "☀ Light" : "◐ System"}
    </button>
  );
}
