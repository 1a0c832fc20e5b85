// Kept as the story page's single entry so imports written against the former one-file module still resolve.
export * from "./blame-by-outlet";
export * from "./story-evidence";
export * from "./voices-by-outlet";
export * from "./word-choice";
