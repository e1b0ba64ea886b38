"""Reference values for the calibration table tests, computed independently
of ReviewDesk with pandas, NumPy and pingouin.

    python3 -m venv /tmp/stats && /tmp/stats/bin/pip install pingouin
    /tmp/stats/bin/python crates/reviewdesk-domain/tests/reference/calibration.py

Rows are applicants, columns experts; None is a score the expert did not give
(recused). Prints, per case, what `calibration.rs`'s tests pin.
"""

import numpy as np
import pandas as pd
import pingouin as pg

CASES = {
    # Shrout & Fleiss (1979), Table 2: six targets, four judges.
    # The paper gives ICC(2,1) = .29 and ICC(2,4) = .62.
    "shrout_fleiss": [
        [9, 2, 5, 8],
        [6, 1, 3, 2],
        [8, 4, 6, 8],
        [7, 1, 2, 6],
        [10, 5, 6, 9],
        [6, 2, 4, 7],
    ],
    # Five experts, five applicants, ties within experts' scores.
    "ties": [
        [82, 75, 90, 70, 88],
        [82, 80, 85, 70, 80],
        [76, 75, 85, 65, 80],
        [90, 85, 92, 78, 88],
        [70, 60, 72, 55, 66],
    ],
    # Seven experts, three applicants, scores with decimals.
    "seven": [
        [81.5, 77.0, 85.25, 79.0, 90.0, 74.5, 83.0],
        [78.0, 80.5, 79.75, 83.0, 86.5, 76.0, 80.0],
        [88.0, 71.0, 90.0, 75.5, 92.5, 70.0, 84.0],
    ],
    # Experts who disagree: low agreement.
    "disagree": [
        [90, 60, 75],
        [60, 90, 75],
        [75, 75, 60],
        [70, 80, 90],
    ],
    # One expert recused from one applicant.
    "recusal": [
        [80, 70, 85, None],
        [75, None, 80, 60],
        [90, 78, 92, 70],
        [60, 55, 70, 50],
    ],
}


def leniency(frame):
    panel_mean = frame.mean(axis=1, skipna=True)
    counted = frame.notna().sum(axis=1) >= 2
    offsets = frame[counted].sub(panel_mean[counted], axis=0).mean(axis=0, skipna=True)
    means = frame.mean(axis=0, skipna=True)
    sds = frame.std(axis=0, ddof=0, skipna=True)
    z = (frame - means) / sds.replace(0, np.nan)
    z = z.where(frame.isna() | z.notna(), 0.0)
    return offsets, z


# The table kept for agreement in "recusal" (applicants, experts), by
# ReviewDesk's documented reading: the expert (or applicant) missing the most
# scores is left out, on a tie whichever keeps the larger table (the expert
# when both keep the same), until every kept expert scored every kept
# applicant. Here: E2 goes (a tie, 12 cells either way), then A1 (9 cells
# against 8 without E4).
AGREEMENT_TABLE = {"recusal": ([1, 2, 3], [0, 2, 3])}


def agreement(name, frame):
    if name in AGREEMENT_TABLE:
        rows, columns = AGREEMENT_TABLE[name]
        complete = frame.loc[rows, columns]
    else:
        complete = frame
    long = complete.reset_index().melt(id_vars="index", var_name="expert", value_name="score")
    icc = pg.intraclass_corr(data=long, targets="index", raters="expert", ratings="score")
    # ICC(2,k): two-way random effects, absolute agreement, mean of k raters.
    icc2k = float(icc.set_index("Type").loc["ICC(A,k)", "ICC"])
    # Kendall's W: the experts are the blocks, the applicants what they rank.
    friedman = pg.friedman(data=long, dv="score", within="index", subject="expert")
    w = float(friedman["W"].iloc[0])
    return w, icc2k


for name, rows in CASES.items():
    frame = pd.DataFrame(rows, dtype=float)
    offsets, z = leniency(frame)
    print(f"== {name}")
    print("offsets", [f"{v:.10f}" for v in offsets])
    for i, row in z.iterrows():
        print(f"z[{i}]", ["-" if pd.isna(v) else f"{v:.10f}" for v in row])
    mean_z = z.mean(axis=1, skipna=True)
    print("mean z", [f"{v:.10f}" for v in mean_z])
    w, icc2k = agreement(name, frame)
    icc2k = f"{icc2k:.10f}" if np.isfinite(icc2k) else "undefined"
    print(f"W {w:.10f}  ICC2k {icc2k}")

# The Shrout & Fleiss table split into two demands of three applicants:
# Kendall's W per demand (ICC(2,k) over all six is the one above).
rows = CASES["shrout_fleiss"]
for name, part in (("split D1", rows[:3]), ("split D2", rows[3:])):
    w, _ = agreement(name, pd.DataFrame(part, dtype=float))
    print(f"== {name}\nW {w:.10f}")
