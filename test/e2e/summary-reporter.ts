import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Prints `e2e: N passed, N failed` for scripts/check-all.mjs. */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.retry < test.retries && result.status !== 'passed') return;
    if (result.status === 'passed') this.passed += 1;
    else if (result.status !== 'skipped') this.failed += 1;
  }
  onEnd(_result: FullResult): void {
    process.stdout.write(`\ne2e: ${this.passed} passed, ${this.failed} failed\n`);
  }
}
