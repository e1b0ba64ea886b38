// End-to-end in the languages of the programme: the app takes the system's
// language on first start, and the expert's main flow runs whole in Chinese
// and in Thai (English is scoring.test.mjs's), with axe finding nothing on any
// screen. The Thai run also shows the scoring screen in Khmer and Burmese;
// the screenshots are kept in target/e2e for a person to look at.
import { test } from "node:test";
import { useApp } from "./harness.mjs";
import { mainFlow } from "./flows.mjs";

const thai = useApp({ name: "thai", lang: "th_TH.UTF-8" });

test("with the system in Thai, the main flow runs in Thai, then shows Khmer and Burmese", async () => {
  await thai.withApp("main-flow-th", (app) => mainFlow(app, "th", { alsoShow: ["km", "my"] }));
});
