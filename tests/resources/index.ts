// The resources `npm run new:resource` made: the role table, the leak suite and the hostile-input suite run the
// requests each one gives (suite.ts) beside their own.
import type { ResourceSuite } from "./suite";

export const GENERATED_RESOURCES: ResourceSuite[] = [];
