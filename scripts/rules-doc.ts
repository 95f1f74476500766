/** `npm run rules:doc`: writes docs/rules.md from the rules' metadata (see src/rules/catalogue.ts). */

import { writeFileSync } from "node:fs";
import { catalogueMarkdown } from "../src/rules/catalogue";

writeFileSync(new URL("../docs/rules.md", import.meta.url), catalogueMarkdown());
process.stdout.write("docs/rules.md écrit.\n");
