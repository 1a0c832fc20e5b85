import { getStoreDb } from "@/lib/store/db/open";
import { handleDelete, handleStatus } from "@/lib/store/api/handlers";
import { methodNotAllowed } from "@/lib/store/api/responses";

// A story's status (GET) and its deletion by its owner (DELETE with the edit token).
export const dynamic = "force-dynamic";

interface Context {
  params: Promise<{ id: string }>;
}

export async function GET(_request: Request, { params }: Context): Promise<Response> {
  return handleStatus((await params).id, getStoreDb);
}

export async function DELETE(request: Request, { params }: Context): Promise<Response> {
  return handleDelete(request, (await params).id, getStoreDb);
}

const notAllowed = () => methodNotAllowed(["GET", "DELETE"]);
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH };
