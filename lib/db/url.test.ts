import path from "node:path";
import { describe, expect, it } from "vitest";
import { DatabaseUrlError, parseDatabaseUrl, redact } from "./url";

describe("parseDatabaseUrl", () => {
  it("defaults to the embedded SQLite file under data/, resolved from the project directory", () => {
    expect(parseDatabaseUrl(undefined, "/srv/parley")).toEqual({
      provider: "sqlite",
      url: "file:/srv/parley/data/parley.db",
      file: "/srv/parley/data/parley.db",
    });
  });

  it("keeps absolute SQLite paths", () => {
    const target = parseDatabaseUrl("file:/var/lib/parley/db.sqlite", "/srv/parley");
    expect(target).toMatchObject({ provider: "sqlite", file: path.normalize("/var/lib/parley/db.sqlite") });
  });

  it("selects PostgreSQL for postgres:// and postgresql:// URLs", () => {
    expect(parseDatabaseUrl("postgresql://u:p@db:5432/parley").provider).toBe("postgresql");
    expect(parseDatabaseUrl("postgres://u@db/parley").provider).toBe("postgresql");
  });

  it("rejects other schemes with a message naming the supported forms", () => {
    expect(() => parseDatabaseUrl("mysql://root@localhost/parley")).toThrow(DatabaseUrlError);
    expect(() => parseDatabaseUrl("mysql://root@localhost/parley")).toThrow(/file:.*postgresql:\/\//);
  });

  it("rejects a file URL without a file name", () => {
    expect(() => parseDatabaseUrl("file:./data/")).toThrow(/names no database file/);
  });

  it("rejects a malformed PostgreSQL URL without echoing its password", () => {
    const attempt = () => parseDatabaseUrl("postgresql://user:secret@:5432");
    expect(attempt).toThrow(DatabaseUrlError);
    expect(attempt).not.toThrow(/secret/);
  });
});

describe("redact", () => {
  it("hides the password of a URL", () => {
    expect(redact("postgresql://parley:hunter2@db:5432/parley")).toBe("postgresql://parley:***@db:5432/parley");
  });
});
