import type { ReactNode } from "react";
import "./classroom.css";

/** Classroom pages share a scope for their print stylesheet (the worksheet and the key print as handouts). */
export default function ClassroomLayout({ children }: { children: ReactNode }) {
  return <div className="classroom">{children}</div>;
}
