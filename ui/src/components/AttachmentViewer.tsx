// Shows an attachment inside the app, in a modal dialog. PDFs are drawn by
// pdf.js onto a canvas; images and text are shown directly. The bytes come
// straight from the vault and never touch the disk.
import { useEffect, useRef, useState } from "preact/hooks";
import type * as Pdfjs from "pdfjs-dist";
import workerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";
import { backend } from "../backend";
import { describeError } from "../errors";
import { pick } from "../format";
import { t } from "../i18n";
import type { AttachmentMeta } from "../generated/bindings";

/** pdf.js, loaded the first time a PDF is opened so start-up does not pay for it. */
async function loadPdfjs(): Promise<typeof Pdfjs> {
  const pdfjs = await import("pdfjs-dist");
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  return pdfjs;
}

type Content =
  | { kind: "pdf"; document: Pdfjs.PDFDocumentProxy }
  | { kind: "image"; url: string }
  | { kind: "text"; text: string }
  | { kind: "unsupported" };

export function AttachmentViewer({ callId, meta, onClose }: { callId: string; meta: AttachmentMeta; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [content, setContent] = useState<Content | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [page, setPage] = useState(1);

  useEffect(() => {
    dialog.current?.showModal();
  }, []);

  useEffect(() => {
    let revoke: string | null = null;
    backend
      .attachment(callId, meta.id)
      .then(async (buffer) => {
        const bytes = new Uint8Array(buffer);
        if (meta.media_type === "application/pdf") {
          const pdfjs = await loadPdfjs();
          const document = await pdfjs.getDocument({ data: bytes, isEvalSupported: false }).promise;
          setContent({ kind: "pdf", document });
        } else if (meta.media_type.startsWith("image/")) {
          revoke = URL.createObjectURL(new Blob([bytes], { type: meta.media_type }));
          setContent({ kind: "image", url: revoke });
        } else if (meta.media_type === "text/plain") {
          setContent({ kind: "text", text: new TextDecoder().decode(bytes) });
        } else {
          setContent({ kind: "unsupported" });
        }
      })
      .catch((failure: unknown) => setError(describeError(failure)));
    return () => {
      if (revoke) URL.revokeObjectURL(revoke);
    };
  }, [callId, meta]);

  const pages = content?.kind === "pdf" ? content.document.numPages : 1;
  return (
    <dialog ref={dialog} class="viewer" aria-labelledby="viewer-title" onClose={onClose}>
      <header>
        <h2 id="viewer-title">{pick(meta.title)}</h2>
        <span class="file">{meta.file_name}</span>
        {content?.kind === "pdf" && pages > 1 && (
          <span class="pager">
            <button onClick={() => setPage((p) => Math.max(1, p - 1))} disabled={page <= 1} aria-label={t("attachment-previous")}>
              ‹
            </button>
            {t("attachment-page", { page, pages })}
            <button onClick={() => setPage((p) => Math.min(pages, p + 1))} disabled={page >= pages} aria-label={t("attachment-next")}>
              ›
            </button>
          </span>
        )}
        <button id="close-viewer" onClick={() => dialog.current?.close()}>
          {t("close")}
        </button>
      </header>
      {/* Focusable, so the keyboard can scroll a page taller than the window. */}
      <div class="viewer-body" role="document" tabIndex={0} aria-label={pick(meta.title)}>
        {error && <p role="alert" class="error">{error}</p>}
        {!content && !error && <p aria-busy="true">{t("attachment-loading")}</p>}
        {content?.kind === "pdf" && <PdfPage document={content.document} page={page} />}
        {content?.kind === "image" && <img src={content.url} alt={pick(meta.title)} />}
        {content?.kind === "text" && <pre>{content.text}</pre>}
        {content?.kind === "unsupported" && <p>{t("attachment-unsupported")}</p>}
      </div>
    </dialog>
  );
}

/**
 * The page's text, for screen readers and for finding it in tests. Read from the
 * stream by hand: WebKit cannot iterate a ReadableStream with `for await`, which
 * `getTextContent` relies on.
 */
async function textOf(page: Pdfjs.PDFPageProxy): Promise<string> {
  const reader = page.streamTextContent().getReader();
  const parts: string[] = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    const chunk = value as { items: Array<{ str?: string }> };
    for (const item of chunk.items) if (item.str) parts.push(item.str);
  }
  return parts.join(" ");
}

function PdfPage({ document, page }: { document: Pdfjs.PDFDocumentProxy; page: number }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [text, setText] = useState("");
  useEffect(() => {
    let cancelled = false;
    let task: Pdfjs.RenderTask | null = null;
    document.getPage(page).then(async (pdfPage) => {
      if (cancelled || !canvas.current) return;
      const viewport = pdfPage.getViewport({ scale: 1.5 * window.devicePixelRatio });
      canvas.current.width = viewport.width;
      canvas.current.height = viewport.height;
      canvas.current.style.width = `${viewport.width / window.devicePixelRatio}px`;
      task = pdfPage.render({ canvas: canvas.current, viewport });
      await task.promise.catch(() => undefined);
      const pageText = await textOf(pdfPage).catch(() => "");
      if (!cancelled) setText(pageText);
    });
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [document, page]);
  return (
    <figure class="pdf-page">
      <canvas ref={canvas} aria-hidden="true" />
      <figcaption class="visually-hidden" data-pdf-text>
        {text}
      </figcaption>
    </figure>
  );
}
