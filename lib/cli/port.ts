import net from "node:net";
import { z } from "zod";

/** PORT as given, or 3000: a whole number from 1 to 65535. */
export const portSchema = z.coerce
  .number({ error: "must be a number" })
  .int("must be a whole number")
  .min(1, "must be from 1 to 65535")
  .max(65535, "must be from 1 to 65535");

export type PortState = "free" | "in-use" | "forbidden";

/** Try to listen on a port (all interfaces, as `next start` does) and let go at once. */
export function probePort(port: number): Promise<PortState> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) =>
      resolve(error.code === "EACCES" ? "forbidden" : "in-use"),
    );
    server.listen(port, () => server.close(() => resolve("free")));
  });
}

/** The first free port after `port`, looking at the next `tries`, or null. */
export async function nextFreePort(port: number, tries = 20): Promise<number | null> {
  for (let candidate = port + 1; candidate <= Math.min(65535, port + tries); candidate += 1)
    if ((await probePort(candidate)) === "free") return candidate;
  return null;
}

/** What to say when the port cannot be used, with the command that picks another. */
export function portAdvice(port: number, state: Exclude<PortState, "free">, free: number | null) {
  const reason =
    state === "forbidden"
      ? `Port ${port} needs administrator rights on this machine.`
      : `Port ${port} is already in use (another Parallax, or another program).`;
  const other = free ?? (port === 3000 ? 3001 : port + 1);
  return `${reason}\nChoose another port, for example:\n\n  PORT=${other} npm start\n`;
}

/** This machine's IPv4 addresses on its networks, for "open it on another device". */
export function lanAddresses(
  interfaces: NodeJS.Dict<{ address: string; family: string; internal: boolean }[]>,
): string[] {
  return Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((entry) => entry.family === "IPv4" && !entry.internal)
    .map((entry) => entry.address);
}
