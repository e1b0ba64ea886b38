// A modal question before a step that cannot be taken back.
import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { t } from "../i18n";

interface Props {
  id: string;
  title: string;
  confirm: string;
  children: ComponentChildren;
  onConfirm: () => void;
  onClose: () => void;
}

export function ConfirmDialog({ id, title, confirm, children, onConfirm, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => dialog.current?.showModal(), []);
  return (
    <dialog ref={dialog} id={id} class="confirm" aria-labelledby={`${id}-title`} onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault();
          onConfirm();
          dialog.current?.close();
        }}
      >
        <h2 id={`${id}-title`}>{title}</h2>
        <div class="body">{children}</div>
        <div class="buttons">
          <button type="button" onClick={() => dialog.current?.close()}>
            {t("cancel")}
          </button>
          <button type="submit" class="primary" id={`${id}-confirm`}>
            {confirm}
          </button>
        </div>
      </form>
    </dialog>
  );
}
