import http from "node:http";
import { ALLOW_HEADER, securityHeaders } from "./policy";

/**
 * Methods the Fetch standard forbids: `new Request()` throws on them, so Next
 * cannot hand such a request to proxy.ts or a route handler and answers 500
 * with a stack trace in the log. They never mean anything to this site.
 */
const FORBIDDEN = new Set(["CONNECT", "TRACE", "TRACK"]);

const GUARDED = Symbol.for("parallax.method-guard");

/**
 * Answer forbidden methods with 405 before Next sees them, by wrapping the
 * `request` event of Node's HTTP servers. Called once from instrumentation.ts,
 * which Next runs before the server takes requests; calling it again is harmless.
 */
export function guardForbiddenMethods(): void {
  const proto = http.Server.prototype as http.Server & { [GUARDED]?: true };
  if (proto[GUARDED]) return;
  proto[GUARDED] = true;
  const emit = proto.emit as (
    this: http.Server,
    event: string | symbol,
    ...args: unknown[]
  ) => boolean;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const [req, res] = args as [http.IncomingMessage, http.ServerResponse];
      if (FORBIDDEN.has((req.method ?? "").toUpperCase())) {
        res.writeHead(405, {
          ...securityHeaders({ dev: false, https: false }),
          Allow: ALLOW_HEADER,
          "Content-Type": "text/plain; charset=utf-8",
        });
        res.end("Method not allowed\n");
        return true;
      }
    }
    return emit.call(this, event, ...args);
  } as typeof proto.emit;
}
