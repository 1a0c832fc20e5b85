import { IngestError } from "./types";

/**
 * Turn a page's bytes into text. The charset comes, in the HTML standard's order, from a byte-order mark, the
 * Content-Type header, then a <meta charset> / http-equiv in the first bytes; without any, UTF-8 if the bytes
 * are valid UTF-8, else windows-1252 (what browsers assume for an unlabelled Western page).
 */
export function decodeText(
  bytes: Uint8Array,
  options: { contentType?: string | null; html: boolean },
): string {
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  const label =
    charsetFromContentType(options.contentType ?? null) ??
    (options.html ? charsetFromMeta(bytes) : null);
  const decoder = label ? decoderFor(label) : null;
  if (decoder) return decoder.decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    // A page labelled UTF-16 in a <meta> is really ASCII-compatible (the standard says to read it as UTF-8).
    const decoder = new TextDecoder(label.trim());
    return decoder.encoding.startsWith("utf-16") ? new TextDecoder("utf-8") : decoder;
  } catch {
    return null; // an unknown label: fall back as if none were given
  }
}

export function charsetFromContentType(contentType: string | null): string | null {
  const match = contentType?.match(/;\s*charset\s*=\s*"?([^";\s]+)"?/i);
  return match?.[1] ?? null;
}

function charsetFromMeta(bytes: Uint8Array): string | null {
  // Labels are ASCII, so reading the prelude as latin1 finds them whatever the real charset is.
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 4096));
  const direct = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i);
  return direct?.[1] ?? null;
}

/** The media type without parameters, lowercased ("text/html"), or null. */
export function mediaType(contentType: string | null): string | null {
  const type = contentType?.split(";")[0]?.trim().toLowerCase();
  return type ? type : null;
}

const BINARY_SIGNATURES: [string, number[]][] = [
  ["a PDF", [0x25, 0x50, 0x44, 0x46]],
  ["a ZIP archive or Office document", [0x50, 0x4b, 0x03, 0x04]],
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["an old Word or Excel document", [0xd0, 0xcf, 0x11, 0xe0]],
];

/**
 * Refuse bytes that are not text: a known binary signature, a NUL byte, or many control characters. The message
 * names what the file seems to be so the person knows what to do (save the page as text or HTML).
 */
export function assertText(bytes: Uint8Array, name: string): void {
  for (const [what, signature] of BINARY_SIGNATURES) {
    if (signature.every((byte, index) => bytes[index] === byte)) {
      throw new IngestError(
        `“${name}” is ${what}, not text. Save the article as a .txt, .md or .html file, or paste its text.`,
        "unsupported-file",
      );
    }
  }
  if (bomEncoding(bytes)?.startsWith("utf-16")) return;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0)
      control += sample.length; // one NUL is enough
    else if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c)
      control++;
  }
  if (control > sample.length * 0.01) {
    throw new IngestError(
      `“${name}” is a binary file, not text. Save the article as a .txt, .md or .html file, or paste its text.`,
      "unsupported-file",
    );
  }
}
