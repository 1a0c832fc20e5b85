import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { guardForbiddenMethods } from "./method-guard";

let server: http.Server;
let port = 0;

beforeAll(async () => {
  guardForbiddenMethods();
  guardForbiddenMethods(); // twice is harmless
  server = http.createServer((_req, res) => res.end("handled"));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(method: string) {
  return new Promise<{ status: number; allow: string | undefined; body: string }>(
    (resolve, reject) => {
      const req = http.request({ host: "127.0.0.1", port, method, path: "/about" }, (res) => {
        let body = "";
        res.on("data", (chunk) => (body += chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body }),
        );
      });
      req.on("error", reject);
      req.end();
    },
  );
}

describe("guardForbiddenMethods", () => {
  it("answers TRACE with 405 and an Allow header, before the app sees it", async () => {
    const res = await send("TRACE");
    expect(res.status).toBe(405);
    expect(res.allow).toBe("GET, HEAD, OPTIONS");
    expect(res.body).toBe("Method not allowed\n");
  });

  it("passes every other method to the app", async () => {
    for (const method of ["GET", "POST", "PUT", "PROPFIND"])
      expect((await send(method)).body).toBe("handled");
  });
});
