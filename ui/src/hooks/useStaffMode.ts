// Whether this vault holds the agency's staff key, which opens staff mode.
import { useEffect, useState } from "preact/hooks";
import { backend } from "../backend";

export function useStaffMode() {
  const [staff, setStaff] = useState(false);
  useEffect(() => {
    backend
      .staffStatus()
      .then((status) => setStaff(status !== null))
      .catch(() => setStaff(false));
  }, []);
  return { staff, setStaff };
}
