import { describe, expect, it } from "vitest";
import { mergeThreeWay, resolve } from "./merge";

const fields = ["title", "body", "tags", "importance"];
const base = { title: "Talks resume", body: "Delegations meet in Geneva.", tags: ["geneva"], importance: 3 };

describe("three-way merge of a record's fields", () => {
  it("takes their change to a field I did not touch, and keeps mine where they did not touch it", () => {
    const theirs = { ...base, title: "Talks resume in Geneva" };
    const mine = { ...base, body: "Delegations meet in Geneva on Sunday." };
    const m = mergeThreeWay(base, theirs, mine, fields);
    expect(m.conflicts).toEqual([]);
    expect(m.fromTheirs).toEqual(["title"]);
    expect(m.fromMine).toEqual(["body"]);
    expect(m.merged).toEqual({ ...base, title: "Talks resume in Geneva", body: "Delegations meet in Geneva on Sunday." });
  });

  it("never lets my unchanged value undo theirs", () => {
    const theirs = { ...base, tags: ["geneva", "security-guarantees"], importance: 5 };
    const m = mergeThreeWay(base, theirs, { ...base }, fields);
    expect(m.merged.tags).toEqual(["geneva", "security-guarantees"]);
    expect(m.merged.importance).toBe(5);
    expect(m.conflicts).toEqual([]);
  });

  it("asks only about fields both changed differently; the same change on both sides is no conflict", () => {
    const theirs = { ...base, title: "Their title", importance: 4 };
    const mine = { ...base, title: "My title", importance: 4 };
    const m = mergeThreeWay(base, theirs, mine, fields);
    expect(m.conflicts).toEqual(["title"]);
    expect(resolve(m, theirs, mine, { title: "theirs" }).title).toBe("Their title");
    expect(resolve(m, theirs, mine, { title: "mine" })).toEqual({ ...base, title: "My title", importance: 4 });
  });

  it("treats an empty field and null as the same value", () => {
    const m = mergeThreeWay({ note: null }, { note: null }, { note: "" }, ["note"]);
    expect(m.conflicts).toEqual([]);
  });

  it("without a base, every differing field is a choice", () => {
    const m = mergeThreeWay(null, { ...base, title: "A" }, { ...base, body: "B" }, fields);
    expect(m.conflicts).toEqual(["title", "body"]);
  });
});
