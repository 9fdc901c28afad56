"""Draw the speed-up chart from a benches/run.py JSON file (needs matplotlib).

    python benches/chart.py results.json results.png

Grouped bars: one group per kernel plus the geometric mean, one bar per tool, height =
speed-up over CPython (best times), log scale. A tool that failed on a kernel gets an
"x" at the baseline; a tool that was not run leaves a gap.
"""
import json
import math
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.ticker import FuncFormatter  # noqa: E402

LABEL = {
    "numpy": "NumPy (vectorised)",
    "pyrs": "pyrs",
    "pythran": "Pythran",
    "pythran-native": "Pythran -O3 -march=native",
    "numba": "Numba njit",
    "cython": "Cython (unchanged .py)",
}
COLOR = {
    "pyrs": "#d62728",
    "numpy": "#7f7f7f",
    "pythran": "#9ecae1",
    "pythran-native": "#3182bd",
    "numba": "#31a354",
    "cython": "#e6ab02",
}


def main(src, dst):
    data = json.load(open(src))
    rows = data["results"]
    tools = [t for t in data["tools"] if t != "cpython"]
    kernels = [r["kernel"] for r in rows] + ["geometric mean"]
    speed = {t: [] for t in tools}
    for r in rows:
        for t in tools:
            e = r["tools"].get(t)
            speed[t].append(e.get("speedup") if e and e.get("ok") else ("failed" if e else None))
    for t in tools:
        xs = [s for s in speed[t] if isinstance(s, float) and s > 0]
        speed[t].append(math.exp(sum(map(math.log, xs)) / len(xs)) if xs else None)

    n = len(tools)
    width = 0.8 / max(n, 1)
    fig, ax = plt.subplots(figsize=(max(9, 1.6 * len(kernels) + 2), 5.6), dpi=110)
    all_vals = [s for t in tools for s in speed[t] if isinstance(s, float) and s > 0]
    lo = min(all_vals + [1.0]) / 2
    hi = max(all_vals + [1.0]) * 3
    for i, t in enumerate(tools):
        for k, s in enumerate(speed[t]):
            x = k + (i - (n - 1) / 2) * width
            if isinstance(s, float) and s > 0:
                ax.bar(x, s, width * 0.92, color=COLOR.get(t), bottom=0, edgecolor="white", linewidth=0.3,
                       label=LABEL.get(t, t) if k == 0 or not ax.get_legend_handles_labels()[1].count(LABEL.get(t, t)) else None)
                txt = f"{s:.0f}" if s >= 10 else f"{s:.1f}"
                ax.text(x, s * 1.08, txt, ha="center", va="bottom", fontsize=6.5, rotation=90,
                        fontweight="bold" if t == "pyrs" else "normal")
            elif s == "failed":
                ax.text(x, lo * 1.15, "✗", ha="center", va="bottom", fontsize=9, color=COLOR.get(t))
    # legend entries for tools that never got a bar
    handles, labels = ax.get_legend_handles_labels()
    for t in tools:
        if LABEL.get(t, t) not in labels:
            handles.append(plt.Rectangle((0, 0), 1, 1, color=COLOR.get(t)))
            labels.append(LABEL.get(t, t))
    ax.set_yscale("log")
    ax.set_ylim(lo, hi)
    ax.axhline(1.0, color="black", linewidth=0.8)
    ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}×"))
    ax.set_xticks(range(len(kernels)))
    ax.set_xticklabels(kernels, fontsize=9)
    ax.axvline(len(kernels) - 1.5, color="#bbbbbb", linewidth=0.8, linestyle="--")
    ax.set_ylabel("speed-up over CPython (log scale, higher is better)")
    ax.grid(axis="y", which="major", alpha=0.3)
    title = "Speed-up over CPython per kernel, best of repeats"
    ax.set_title(f"{title}\n{data.get('cpu', '')} · {data.get('date', '')[:10]} · ✗ = failed or disagreed with CPython",
                 fontsize=10)
    ax.legend(handles, labels, fontsize=8, ncol=min(n, 6), loc="upper center", bbox_to_anchor=(0.5, -0.08), frameon=False)
    fig.tight_layout()
    fig.savefig(dst)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
