// The scenario runner: JSON regression scenarios (ARCHITECTURE.md format), pure, no I/O.
export { scenarioSchema, scenarioFileSchema, type Scenario } from './scenario.js';
export { matchPartial, type Mismatch } from './match.js';
export {
  runScenario,
  runScenarioFile,
  scenarioTotals,
  type ScenarioApi,
  type ScenarioResult,
  type ScenarioFileResult,
  type ScenarioTotals,
} from './run.js';
export { formatScenarioReport, scenarioJUnitXml } from './report.js';
