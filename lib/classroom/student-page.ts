/**
 * A student's classroom page (`/stories/<story>/classroom`, or `/s/<id>/classroom` for a user story)
 * links nowhere outside the lesson: every other page of the site names the outlets, so a link home
 * would be two clicks from the answers. The teacher's pages (`…/classroom/key`, `…/classroom/teach`)
 * keep the site's navigation.
 */
export function isStudentPage(path: string | null): boolean {
  return path !== null && /^\/(?:stories|s)\/[^/]+\/classroom\/?$/.test(path);
}
