// The app's top level: which screen shows (create, unlock, main), the language,
// and auto-lock after the idle time the person chose.
import { useCallback, useEffect, useRef, useState } from "preact/hooks";
import { backend } from "./backend";
import { isLanguage, loadLanguage, setLanguage, t, type Language } from "./i18n";
import type { Settings } from "./generated/bindings";
import { SetupScreen } from "./screens/SetupScreen";
import { UnlockScreen } from "./screens/UnlockScreen";
import { MainScreen } from "./screens/MainScreen";
import { describeError } from "./errors";
import { dateTime } from "./format";
import { settleAllSaves } from "./scoring";

type Screen = "loading" | "setup" | "unlock" | "main";

export function App() {
  const [screen, setScreen] = useState<Screen>("loading");
  const [settings, setSettings] = useState<Settings | null>(null);
  const [demoOnCreate, setDemoOnCreate] = useState(false);
  const [lockNotice, setLockNotice] = useState<string | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const [, rerender] = useState(0);

  useEffect(() => {
    backend
      .appStatus()
      .then(async (status) => {
        const language = status.settings.language;
        if (isLanguage(language)) {
          await loadLanguage(language);
          setLanguage(language);
        }
        setSettings(status.settings);
        setDemoOnCreate(status.demo_on_create);
        setScreen(status.unlocked ? "main" : status.vault_exists ? "unlock" : "setup");
      })
      .catch((error: unknown) => setFatal(describeError(error)));
  }, []);

  const changeLanguage = useCallback(
    async (language: Language) => {
      await loadLanguage(language);
      setLanguage(language);
      rerender((n) => n + 1);
      if (settings) setSettings(await backend.saveSettings({ ...settings, language }));
    },
    [settings],
  );

  const lock = useCallback(async (notice: string | null) => {
    // A change typed just before locking is stored first.
    await settleAllSaves();
    await backend.lockVault();
    setLockNotice(notice);
    setScreen("unlock");
  }, []);

  useIdleLock(screen === "main" ? (settings?.auto_lock_seconds ?? 0) : 0, () => lock(t("unlock-auto-locked")));

  if (fatal) return <p role="alert" class="fatal">{fatal}</p>;
  if (screen === "loading" || !settings) return <div class="loading" aria-busy="true" />;
  const languageProps = { onLanguage: changeLanguage };
  switch (screen) {
    case "setup":
      return (
        <SetupScreen
          {...languageProps}
          demoOnCreate={demoOnCreate}
          onCreated={() => setScreen("main")}
          onRestored={(backup) => {
            setLockNotice(t("unlock-restored", { time: dateTime(backup.created_at) }));
            setScreen("unlock");
          }}
        />
      );
    case "unlock":
      return <UnlockScreen {...languageProps} notice={lockNotice} onUnlocked={() => setScreen("main")} />;
    case "main":
      return (
        <MainScreen
          {...languageProps}
          settings={settings}
          onSettings={async (next) => setSettings(await backend.saveSettings(next))}
          onLock={() => lock(t("unlock-locked"))}
        />
      );
  }
}

/** Calls `onIdle` once `seconds` pass with no keyboard or pointer activity. */
function useIdleLock(seconds: number, onIdle: () => void) {
  // The latest callback, so a re-render does not restart the idle clock.
  const callback = useRef(onIdle);
  callback.current = onIdle;
  useEffect(() => {
    if (seconds <= 0) return;
    let last = Date.now();
    const touch = () => (last = Date.now());
    const events = ["keydown", "pointerdown", "pointermove", "wheel", "focusin"] as const;
    events.forEach((name) => window.addEventListener(name, touch, { passive: true }));
    const timer = window.setInterval(
      () => {
        if (Date.now() - last >= seconds * 1000) callback.current();
      },
      Math.min(5_000, seconds * 250),
    );
    return () => {
      window.clearInterval(timer);
      events.forEach((name) => window.removeEventListener(name, touch));
    };
  }, [seconds]);
}
