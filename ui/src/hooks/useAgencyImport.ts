// Importing an agency file chosen in the native dialog, with its progress
// as the backend reports it; says what changed, or why nothing did.
import { useEffect, useState } from "preact/hooks";
import { backend } from "../backend";
import { describeError } from "../errors";
import { t } from "../i18n";

export interface Progress {
  done: number;
  total: number;
}

export function useAgencyImport(report: (status: string, error: string | null) => void, onImported: () => void) {
  const [importing, setImporting] = useState<Progress | null>(null);

  useEffect(() => {
    const unlisten = backend.onImportProgress((done, total) => setImporting({ done, total }));
    return () => void unlisten.then((stop) => stop());
  }, []);

  async function importFile() {
    report("", null);
    try {
      const imported = await backend.importAgencyFile();
      if (imported) {
        const counts = { demands: imported.demands, applications: imported.applications };
        const id = { imported: "import-done", replaced: "import-replaced", unchanged: "import-unchanged" }[imported.result];
        report(t(id, counts), null);
        onImported();
      }
    } catch (failure) {
      report("", describeError(failure));
    } finally {
      setImporting(null);
    }
  }

  return { importing, importFile };
}
