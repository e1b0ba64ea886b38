// End-to-end in the agency's language: with the system in Chinese the app
// starts in Chinese and the expert's main flow runs whole in it, with axe
// finding nothing on any screen (languages.test.mjs runs it in Thai).
import { test } from "node:test";
import { useApp } from "./harness.mjs";
import { mainFlow } from "./flows.mjs";

const chinese = useApp({ name: "chinese", lang: "zh_CN.UTF-8" });

test("with the system in Chinese, the main flow runs in Chinese", async () => {
  await chinese.withApp("main-flow-zh", (app) => mainFlow(app, "zh-CN"));
});
