#!/usr/bin/env bash
# Refreshes the vendored bpmn-js viewer (the auditors' case diagram) from the npm package.
# Usage: scripts/vendor-bpmn-js.sh [version]   (default: npm's latest). Needs npm; the app never does.
# bpmn-js is not served as a current webjar, and nothing may load from a CDN at run time, so the
# NavigatedViewer build, its CSS and its licence live under src/main/resources/static/vendor/bpmn-js/.
set -euo pipefail
cd "$(dirname "$0")/.."
version="${1:-$(npm view bpmn-js version)}"
target=src/main/resources/static/vendor/bpmn-js
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "bpmn-js@${version}" >/dev/null && tar xzf "bpmn-js-${version}.tgz")
rm -rf "$target"
mkdir -p "$target/assets"
cp "$work/package/dist/bpmn-navigated-viewer.production.min.js" "$target/"
cp "$work/package/dist/assets/diagram-js.css" "$work/package/dist/assets/bpmn-js.css" "$target/assets/"
cp "$work/package/LICENSE" "$target/LICENSE"
echo "$version" > "$target/VERSION"
echo "bpmn-js ${version} vendored in ${target}"
