export {
  DEMO_DEFAULTS,
  DEMO_KEYS,
  type DemoCounts,
  type DemoData,
  type DemoKey,
  type DemoOptions,
  generateDemoData,
  runDemo,
} from './generator.js';
export { RETAIL_JOURNEY, retailJourneyDocument } from './retail-journey.js';
