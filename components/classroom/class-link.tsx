import QRCode from "qrcode";
import { CopyLink } from "@/components/ui/copy-link";

/**
 * For the classroom screen: a QR code and a short link to the student view
 * with this class code, so every device opens the same blind order.
 */
export async function ClassLink({
  origin,
  path,
  seed,
  narrow = false,
}: {
  origin: string;
  path: string;
  seed: string | null;
  /** In a side column: the code above the link, whatever the screen width. */
  narrow?: boolean;
}) {
  const url = `${origin}${path}`;
  const svg = await QRCode.toString(url, {
    type: "svg",
    margin: 1,
    errorCorrectionLevel: "M",
    color: { dark: "#000000", light: "#ffffff" },
  });
  const short = url.replace(/^https?:\/\//, "");
  return (
    <section
      aria-labelledby="class-link-heading"
      className="class-link no-print rounded-lg border border-rule bg-white p-4"
    >
      <h2 id="class-link-heading" className="text-lg font-semibold">
        Open this lesson on your device
      </h2>
      <div className={`mt-3 flex flex-col gap-4 ${narrow ? "" : "sm:flex-row sm:items-center"}`}>
        <div
          role="img"
          aria-label={`QR code for ${short}`}
          className="h-40 w-40 shrink-0 [&>svg]:h-full [&>svg]:w-full"
          dangerouslySetInnerHTML={{ __html: svg }}
        />
        <div className="min-w-0 space-y-2">
          <p className="break-all font-mono text-base" data-testid="class-url">
            {short}
          </p>
          {seed ? (
            <p>
              Class code:{" "}
              <strong className="font-mono text-2xl tracking-widest" data-testid="class-code">
                {seed.toUpperCase()}
              </strong>
            </p>
          ) : (
            <p className="text-sm text-muted">
              No class code yet: everyone opening this link sees the default order.
            </p>
          )}
          <CopyLink href={path} label="Copy student link" />
        </div>
      </div>
    </section>
  );
}
