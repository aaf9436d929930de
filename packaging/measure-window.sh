#!/usr/bin/env bash
# Measures the time from launch to the first visible window titled "Clinica", under Xvfb.
# Needs: apt-get install -y xvfb xdotool libgtk-3-0
#
#   packaging/measure-window.sh installed   /opt/clinica/bin/Clinica (the .deb)
#   packaging/measure-window.sh image       target/installer/image/Clinica/bin/Clinica
#   packaging/measure-window.sh dev         java on target/classes + the runtime class path
#   packaging/measure-window.sh PATH        any other launcher
#
# Each run uses a scratch home under target/, so the embedded servers start from nothing on the
# first run (set RUNS to repeat; later runs find the data in place). Prints one line per run.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:?installed|image|dev}
runs=${RUNS:-3}
scratch=$(pwd)/target/measure-window/$(basename "$mode")
mkdir -p "$scratch/home"

case "$mode" in
    installed) command=(/opt/clinica/bin/Clinica) ;;
    image) command=(target/installer/image/Clinica/bin/Clinica) ;;
    dev)
        [[ -f target/runtime-classpath.txt ]] || mvn -B -q compile dependency:build-classpath \
            -DincludeScope=runtime -Dmdep.outputFile=target/runtime-classpath.txt
        command=(java -Djavafx.cachedir="$scratch/openjfx" -cp
            "target/classes:$(cat target/runtime-classpath.txt)" es.clinica.app.Main)
        ;;
    *)
        [[ -x "$mode" ]] || { echo "not a launcher: $mode" >&2; exit 2; }
        command=("$mode")
        ;;
esac

measure_once() {
    local start app window
    start=$(date +%s%N)
    HOME="$scratch/home" XDG_CACHE_HOME="$scratch/home/.cache" \
        XDG_CONFIG_HOME="$scratch/home/.config" CLINICA_HOME="$scratch/home/clinica" \
        "${command[@]}" > "$scratch/app.log" 2>&1 &
    app=$!
    window=
    while [[ -z "$window" ]] && kill -0 "$app" 2>/dev/null \
        && (( $(date +%s%N) - start < 120000000000 )); do
        window=$(xdotool search --onlyvisible --name '^Clinica' 2>/dev/null | head -1 || true)
        [[ -n "$window" ]] || sleep 0.02
    done
    if [[ -n "$window" ]]; then
        echo "$mode: window after $(( ($(date +%s%N) - start) / 1000000 )) ms"
    else
        echo "$mode: no window (log: $scratch/app.log)"
    fi
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
}
if [[ -n "${MEASURE_WINDOW_INSIDE:-}" ]]; then
    measure_once
    exit 0
fi
for _ in $(seq "$runs"); do
    MEASURE_WINDOW_INSIDE=1 xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$mode"
done
