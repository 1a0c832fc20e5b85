import type { StoryAnalysis, StoryInput } from "@/lib/analysis";
import type { JobStage } from "../db/tables";

export interface EngineRequest {
  id: number;
  input: StoryInput;
}

export type EngineReply =
  | { id: number; stage: JobStage }
  | { id: number; analysis: StoryAnalysis }
  | { id: number; error: string };
