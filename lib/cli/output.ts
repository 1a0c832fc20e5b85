/**
 * Let a command's output be piped into `head`, `less` or `jq -e` and cut
 * short: when the reader closes the pipe, stop quietly (exit 0) instead of
 * crashing with an EPIPE stack trace. Any other output error still fails.
 */
export function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(0);
      throw error;
    });
  }
}
