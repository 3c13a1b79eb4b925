export interface StepOutcome {
  ok: boolean;
  detail?: string;
}
export interface ReleaseStep {
  name: string;
  run: () => StepOutcome | Promise<StepOutcome>;
}
export interface StepResult {
  name: string;
  ok: boolean;
  detail?: string;
}
export interface ReleaseResult {
  ok: boolean;
  published: boolean;
  failedStep?: string;
  results: StepResult[];
}
export function publishDecision(input: { argv: readonly string[]; env: Record<string, string | undefined> }): {
  publish: boolean;
  refusal?: string;
};
export function runRelease(options: {
  steps: readonly ReleaseStep[];
  publish?: ReleaseStep;
  shouldPublish: boolean;
  log?: (line: string) => void;
}): Promise<ReleaseResult>;
