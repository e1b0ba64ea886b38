// Entry point: loads the app's status and settings, then renders the app.
import { render } from "preact";
import { App } from "./App";
import "./fonts.css";
import "./styles.css";

const root = document.getElementById("app");
if (root) render(<App />, root);
