#!/usr/bin/env bash
# Runs fuzz targets for a while and reports executions, executions/s and findings.
#   fuzz/run.sh TARGET [MINUTES]     one target (default 10 minutes)
#   fuzz/run.sh all [MINUTES]        every target in turn, MINUTES each
# Findings (crashes, property violations, hangs) are saved under fuzz/findings/TARGET/ with their exception. A run
# that stops on a hang, or dies (a stack overflow kills the process), starts again with the next seed until the time
# is up; the input that killed it is kept as a finding. SEED (default 1) sets the first seed.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

target=${1:?usage: fuzz/run.sh TARGET|all [MINUTES]}
minutes=${2:-10}
seed=${SEED:-1}

# FUZZ_NO_BUILD=1 skips the build (when starting several runs at once: parallel builds of one tree collide).
if [[ ${FUZZ_NO_BUILD:-0} != 1 ]]; then
    dotnet build fuzz/Warta.Fuzz -c Release -v quiet -nologo >/dev/null || { echo "fuzz: build failed" >&2; exit 2; }
fi
# A private copy of the build, so rebuilding while a long run goes on does not pull files from under it.
bin=$(mktemp -d "${TMPDIR:-/tmp}/warta-fuzz.XXXXXX")
cp -r fuzz/Warta.Fuzz/bin/Release/net10.0/. "$bin/"
trap 'rm -rf "$bin"' EXIT
fuzz() { dotnet "$bin/Warta.Fuzz.dll" "$@"; }

run_target() {
    local name=$1 folder="fuzz/findings/$1"
    local deadline=$(( $(date +%s) + minutes * 60 )) total=0 restarts=0 s=$seed
    local log; log=$(mktemp)
    mkdir -p "$folder"
    while (( $(date +%s) < deadline )); do
        local left=$(( deadline - $(date +%s) ))
        fuzz run "$name" --seconds "$left" --seed "$s" --findings "$folder" | tee "$log"
        local status=${PIPESTATUS[0]}
        local done_here; done_here=$(grep -oE 'executions=[0-9]+' "$log" | tail -1 | cut -d= -f2)
        total=$(( total + ${done_here:-0} ))
        if (( status > 3 )); then
            # The process died: the input it was running is still in .current.
            local current; current=$(ls "$folder"/.current.* 2>/dev/null | head -1)
            if [[ -n $current ]]; then
                local saved="$folder/died-$(date +%s)${current##*.current}"
                mv "$current" "$saved"
                echo "process died with status $status on this input (seed $s)" > "${saved%.*}.txt"
                echo "fuzz: $name: the process died (status $status); input saved as $saved"
            fi
        fi
        (( status == 0 || status == 1 )) && break
        restarts=$(( restarts + 1 )); s=$(( s + 1 ))
    done
    rm -f "$log" "$folder"/.current.*
    local findings; findings=$(ls "$folder" 2>/dev/null | grep -cvE '\.txt$')
    echo "fuzz: TOTAL target=$name minutes=$minutes executions=$total exec/s=$(( total / (minutes * 60) )) restarts=$restarts findings-saved=$findings"
}

if [[ $target == all ]]; then
    for name in $(fuzz list); do run_target "$name"; done
else
    run_target "$target"
fi
