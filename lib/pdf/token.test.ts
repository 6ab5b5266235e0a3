import { describe, expect, it } from "vitest";
import { printAddress, signPrintToken, verifyPrintToken } from "./token";

describe("print tokens", () => {
  const address = printAddress("/print/briefings/moscow", { sections: "cards,sources", paper: "A4" });

  it("canonicalises the address: sorted query, token left out", () => {
    expect(address).toBe("/print/briefings/moscow?paper=A4&sections=cards%2Csources");
    expect(printAddress("/print/map", { token: "x", layer: "control" })).toBe("/print/map?layer=control");
  });

  it("accepts a fresh token for exactly its address", () => {
    const token = signPrintToken(address);
    expect(verifyPrintToken(token, address)).toBe(true);
  });

  it("refuses another address, an expired token, a forged or missing one", () => {
    const now = Date.now();
    const token = signPrintToken(address, now);
    expect(verifyPrintToken(token, printAddress("/print/briefings/other", { sections: "cards,sources", paper: "A4" }))).toBe(false);
    expect(verifyPrintToken(token, address, now + 121_000)).toBe(false);
    const [expires] = token.split(".");
    expect(verifyPrintToken(`${Number(expires) + 1_000_000}.${token.split(".")[1]}`, address, now)).toBe(false);
    expect(verifyPrintToken(`${expires}.AAAA`, address, now)).toBe(false);
    expect(verifyPrintToken(undefined, address)).toBe(false);
  });
});
