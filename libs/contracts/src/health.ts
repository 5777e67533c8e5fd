export interface ReadinessDto {
  status: 'ready' | 'not_ready';
  checks: { postgres: CheckResult; redis: CheckResult; migrations: CheckResult };
}
export interface CheckResult {
  ok: boolean;
  message?: string;
}
