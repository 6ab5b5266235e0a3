import { describe, expect, it } from "vitest";
import { isShareableRender } from "./pages";

const page = (body: string, role = "analyst") => `<!DOCTYPE html><html lang="en"><head></head><body data-rendered-for="${role}" class="x">${body}</body></html>`;

describe("which rendered pages the shared page cache may keep", () => {
  it("keeps a complete page rendered for the role of the key", () => {
    expect(isShareableRender(page("<main>matrix</main>"), "analyst")).toBe(true);
  });

  it("never keeps a page rendered for another role than the key's (a role changed a moment ago)", () => {
    expect(isShareableRender(page("<main>Admin</main>", "editor"), "analyst")).toBe(false);
  });

  it("never gives analysts who may not read a restricted negotiation a page rendered for one who may", () => {
    expect(isShareableRender(page("<main>restricted talks</main>", "analyst"), "analyst~n-secret")).toBe(false);
    expect(isShareableRender(page("<main>open talks</main>", "analyst~n-secret"), "analyst")).toBe(false);
    expect(isShareableRender(page("<main>open talks</main>", "analyst~n-secret"), "analyst~n-secret")).toBe(true);
  });

  it("never keeps an editor's preview", () => {
    expect(isShareableRender(page('<p role="note" data-preview="">Preview</p>', "editor"), "editor")).toBe(false);
  });

  it("keeps a page with parts drawn only in the browser on purpose (lazy charts)", () => {
    // As Next 16 renders a next/dynamic component without SSR: a bail-out, not a failure.
    expect(isShareableRender(page('<!--$!--><template data-dgst=""></template><div class="animate-pulse"></div><!--/$-->'), "analyst")).toBe(true);
    expect(isShareableRender(page('<template data-dgst="BAILOUT_TO_CLIENT_SIDE_RENDERING"></template>'), "analyst")).toBe(true);
  });

  it("never keeps a page of which a part failed on the server, nor a page cut short", () => {
    expect(isShareableRender(page('<template data-dgst="123"></template>'), "analyst")).toBe(false);
    expect(isShareableRender(page('<script>$RX("B:0","123")</script>'), "analyst")).toBe(false);
    expect(isShareableRender(page("<main>").slice(0, -20), "analyst")).toBe(false);
  });
});
