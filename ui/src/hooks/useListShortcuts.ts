// Ctrl+PageDown / Ctrl+PageUp open the next / previous application in the
// list. The shortcut reads the list as rendered last, not as it was when the
// listener was added: keys can arrive before effects run again.
import { useEffect, useRef } from "preact/hooks";

export function useListShortcuts(order: string[], selected: string | null, open: (id: string) => void) {
  const navigation = useRef({ order, selected, open });
  navigation.current = { order, selected, open };
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!event.ctrlKey || (event.key !== "PageDown" && event.key !== "PageUp")) return;
      if (document.querySelector("dialog[open]")) return;
      event.preventDefault();
      const { order, selected, open } = navigation.current;
      const at = selected ? order.indexOf(selected) : -1;
      const next = order[event.key === "PageDown" ? at + 1 : at < 0 ? order.length - 1 : at - 1];
      if (next) open(next);
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
}
