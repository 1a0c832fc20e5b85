import type { StoreDb } from "../db/open";
import { STORY_ID_PATTERN } from "../ids";
import { NEW_STORY_LIMITS } from "../new-story";
import { takeToken } from "../rate-limit";
import { createStory, deleteStory, getStoryStatus } from "../stories";
import { clientAddress, createLimits, retryMessage } from "./create-limits";
import { parseNewStory, problemSentence } from "./parse-new-story";
import { readLimitedBody } from "./read-body";
import { apiError, formErrorPage } from "./responses";

/**
 * The story API's logic, apart from Next's route files so it can be tested with plain Requests.
 * `store` is the process's store in the routes, a test database in the tests.
 */
type GetStore = () => Promise<StoreDb>;

function isFormPost(contentType: string): boolean {
  return /^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(contentType.trim());
}

/** POST /api/stories */
export async function handleCreate(request: Request, getStore: GetStore): Promise<Response> {
  const contentType = request.headers.get("content-type") ?? "";
  const form = isFormPost(contentType);
  const fail = (
    status: number,
    field: string,
    message: string,
    headers?: Record<string, string>,
  ) =>
    form
      ? formErrorPage(status, [problemSentence({ field, message })])
      : apiError(status, field, message, headers);

  const body = await readLimitedBody(request, NEW_STORY_LIMITS.maxRequestBytes);
  if (!body.ok) {
    const mb = NEW_STORY_LIMITS.maxRequestBytes / 1_000_000;
    return fail(413, "body", `The request is larger than ${mb} MB; send fewer or shorter articles`);
  }
  const parsed = await parseNewStory(contentType, body.bytes);
  if (!parsed.ok) {
    const [first] = parsed.problems;
    if (form) return formErrorPage(parsed.status, parsed.problems.map(problemSentence));
    return apiError(parsed.status, first?.field ?? "body", first?.message ?? "is not valid");
  }

  const store = await getStore();
  const limits = createLimits();
  const client = await takeToken(
    store,
    `create:${clientAddress(request.headers)}`,
    limits.perClient,
  );
  const everyone = client.ok ? await takeToken(store, "create:*", limits.all) : client;
  if (!everyone.ok) {
    return fail(429, "request", retryMessage(everyone.retryAfterSeconds), {
      "retry-after": String(everyone.retryAfterSeconds),
    });
  }

  const { id, token } = await createStory(store, parsed.story);
  const url = `/s/${id}`;
  if (form) {
    // The browser goes to the edit page, which shows the secret edit link once and the progress.
    return new Response(null, {
      status: 303,
      headers: {
        location: `${url}/edit?token=${encodeURIComponent(token)}`,
        "cache-control": "no-store",
      },
    });
  }
  return Response.json(
    { id, url, token },
    { status: 201, headers: { location: url, "cache-control": "no-store" } },
  );
}

/** GET /api/stories/<id> */
export async function handleStatus(id: string, getStore: GetStore): Promise<Response> {
  const status = STORY_ID_PATTERN.test(id) ? await getStoryStatus(await getStore(), id) : null;
  if (!status) return apiError(404, "id", "No story has this id (it may have been deleted).");
  return Response.json(
    {
      id: status.id,
      status: status.status,
      stage: status.stage,
      url: status.url,
      ...(status.error ? { error: status.error } : {}),
    },
    { headers: { "cache-control": "no-store" } },
  );
}

/** DELETE /api/stories/<id> with `Authorization: Bearer <token>` */
export async function handleDelete(
  request: Request,
  id: string,
  getStore: GetStore,
): Promise<Response> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  if (!match?.[1]) {
    return apiError(
      401,
      "authorization",
      "Deleting a story needs its edit token: send Authorization: Bearer <token>.",
      {
        "www-authenticate": 'Bearer realm="parallax"',
      },
    );
  }
  const result = STORY_ID_PATTERN.test(id)
    ? await deleteStory(await getStore(), id, match[1])
    : "not-found";
  if (result === "not-found")
    return apiError(404, "id", "No story has this id (it may have been deleted).");
  if (result === "forbidden")
    return apiError(403, "authorization", "This is not the story's edit token.");
  return new Response(null, { status: 204, headers: { "cache-control": "no-store" } });
}
