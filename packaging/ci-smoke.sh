#!/usr/bin/env bash
# Builds the Clinica app-image (jlinked runtime, jpackage launcher) and runs its headless
# commands the way an installed copy runs them. For CI: exits non-zero when the build fails,
# `--version` fails or prints nothing, or `check` fails.
#
#   packaging/ci-smoke.sh               build the app-image, then run it
#   packaging/ci-smoke.sh --no-build    run the app-image already under target/installer
#
# Everything it writes stays under target/ (a scratch user home for the run).
set -euo pipefail
cd "$(dirname "$0")/.."

image=target/installer/image/Clinica
launcher=$image/bin/Clinica
scratch=target/installer-smoke

if [[ "${1:-}" != "--no-build" ]]; then
    started=$(date +%s)
    mvn -B -q -Pinstaller -DskipTests -Dinstaller.imageOnly=true package
    echo "app-image built in $(( $(date +%s) - started )) s: $(du -sh "$image" | cut -f1)"
fi
[[ -x "$launcher" ]] || { echo "no launcher at $launcher" >&2; exit 1; }

rm -rf "$scratch"
mkdir -p "$scratch/home"
home=$(cd "$scratch/home" && pwd)

# A fresh user: no settings file, no configured servers, so `check` uses the embedded default.
run() {
    env -u CLINICA_PG_URL -u CLINICA_MONGO_URI -u CLINICA_REDIS_URI -u CLINICA_PG_USER \
        -u CLINICA_PG_PASSWORD -u DISPLAY \
        HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        XDG_CACHE_HOME="$home/.cache" CLINICA_HOME="$home/clinica" \
        timeout 300 "$launcher" "$@"
}

version=$(run --version)
echo "Clinica --version: $version"
if [[ -z "${version//[[:space:]]/}" ]]; then
    echo "--version printed nothing" >&2
    exit 1
fi

if run check > "$scratch/check.out" 2>&1; then
    status=0
else
    status=$?
fi
cat "$scratch/check.out"
if [[ $status -ne 0 ]]; then
    echo "Clinica check exited with $status" >&2
    exit "$status"
fi
echo "installer smoke OK: --version and check ran from the app-image"
