/** Runs once when the server starts, before it takes requests. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { guardForbiddenMethods } = await import("./lib/security/method-guard");
    guardForbiddenMethods();
  }
}
