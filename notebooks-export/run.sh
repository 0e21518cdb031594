#!/usr/bin/env bash
# Executes annals-timeline.ipynb headless against one run's output directory and fails on any
# cell error. The committed notebook is never modified: the executed copy is written elsewhere.
#
#   notebooks-export/run.sh OUT_DIR [EXECUTED.ipynb]
#
# Default result: target/notebooks/annals-timeline.executed.ipynb. Needs Python 3 with nbconvert,
# nbclient, ipykernel, pandas and matplotlib (Debian 12: python3-nbconvert python3-nbclient
# python3-ipykernel python3-pandas python3-matplotlib). PYTHON picks the interpreter.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 OUT_DIR [EXECUTED.ipynb]" >&2
  exit 2
fi
out="$(cd "$1" 2>/dev/null && pwd)" || { echo "run.sh: no such directory: $1" >&2; exit 2; }
if [ ! -f "$out/manifest.json" ]; then
  echo "run.sh: $out is not an annals output directory (no manifest.json)" >&2
  exit 2
fi
result="${2:-$root/target/notebooks/annals-timeline.executed.ipynb}"
mkdir -p "$(dirname "$result")"
result="$(cd "$(dirname "$result")" && pwd)/$(basename "$result")"

python=""
for candidate in ${PYTHON:-} /usr/bin/python3 python3; do
  if command -v "$candidate" >/dev/null 2>&1 \
      && "$candidate" -c 'import nbconvert, nbclient, ipykernel, pandas, matplotlib' 2>/dev/null; then
    python="$candidate"
    break
  fi
done
if [ -z "$python" ]; then
  echo "run.sh: needs Python 3 with nbconvert, nbclient, ipykernel, pandas and matplotlib" >&2
  echo "  (Debian: apt-get install -y --no-install-recommends python3-nbconvert python3-nbclient" \
    "python3-ipykernel python3-pandas python3-matplotlib)" >&2
  exit 2
fi

# Execute a copy in a scratch directory, so the committed notebook and its folder stay untouched.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$here/annals-timeline.ipynb" "$work/"
export ANNALS_OUT="$out" MPLCONFIGDIR="$work/mpl" IPYTHONDIR="$work/ipython" \
  JUPYTER_RUNTIME_DIR="$work/runtime"
"$python" -m nbconvert --to notebook --execute \
  --ExecutePreprocessor.timeout=600 --ExecutePreprocessor.kernel_name=python3 \
  --output-dir "$work/executed" --output annals-timeline.ipynb "$work/annals-timeline.ipynb" \
  >"$work/nbconvert.log" 2>&1 || { cat "$work/nbconvert.log" >&2; exit 1; }
cp "$work/executed/annals-timeline.ipynb" "$result"
echo "run.sh: executed against $out -> $result" >&2
