#!/usr/bin/env bash
# Prints the JDK modules Clinica and its runtime libraries use, for jlink's --add-modules.
# Usage (from the project root): packaging/tools/module-deps.sh   (needs zip)
# jdeps resolves a modular jar as a module and then insists on all of its `requires`, which
# several libraries here cannot satisfy (netty-codec-marshalling needs jboss.marshalling, ...).
# Since the application runs them from the class path anyway, the copies analysed here have
# their module descriptors removed. JavaFX stays on the module path, as in the app-image.
set -euo pipefail
cd "$(dirname "$0")/../.."
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}
work=target/module-deps
rm -rf "$work" && mkdir -p "$work/cp" "$work/fx"
mvn -q -B compile dependency:build-classpath -DincludeScope=runtime \
    -Dmdep.outputFile="$work/classpath.txt"
tr ':' '\n' < "$work/classpath.txt" | while read -r jar; do
    case "$(basename "$jar")" in
        javafx-*) cp "$jar" "$work/fx/" ;;
        *)
            cp "$jar" "$work/cp/"
            zip -q -d "$work/cp/$(basename "$jar")" module-info.class \
                'META-INF/versions/*/module-info.class' >/dev/null 2>&1 || true
            ;;
    esac
done
"$JAVA_HOME/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 \
    --module-path "$work/fx" --class-path "$work/cp/*" target/classes "$work"/cp/*.jar \
    | grep -v '^Warning' | tee "$work/modules.txt"
