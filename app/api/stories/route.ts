import { getStoreDb } from "@/lib/store/db/open";
import { handleCreate } from "@/lib/store/api/handlers";
import { methodNotAllowed } from "@/lib/store/api/responses";

// Create a story: JSON from scripts and the enhanced form, or a plain form post (no JavaScript).
export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return handleCreate(request, getStoreDb);
}

const notAllowed = () => methodNotAllowed(["POST"]);
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
