#!/bin/sh
# Vendor the web exhibit's browser libraries from npm into src/vitrina/web/static/vendor/.
# Run once when a version changes; nothing is fetched at run time. Needs npm and node.
set -eu
DEST="$(cd "$(dirname "$0")/.." && pwd)/src/vitrina/web/static/vendor"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
cd "$WORK"
npm init -y >/dev/null
npm install --no-audit --no-fund --ignore-scripts \
  leaflet@1.9.4 leaflet.markercluster@1.5.3 world-atlas@2.0.2 topojson-client@3.1.0 \
  vis-timeline@7.7.3 vis-data@7.1.10 moment@2.31.0 cytoscape@3.30.2 >/dev/null
M=node_modules
rm -rf "$DEST" && mkdir -p "$DEST"
copy() {  # copy PACKAGE FILE... : files into vendor/PACKAGE/, with the package's licence
  pkg=$1; shift
  mkdir -p "$DEST/$pkg"
  for f in "$@"; do cp -r "$M/$pkg/$f" "$DEST/$pkg/"; done
  for lic in LICENSE LICENSE.md MIT-LICENCE.txt LICENSE.MIT.txt LICENSE.Apache-2.0.txt LICENSE-MIT LICENSE-APACHE-2.0; do
    if [ -f "$M/$pkg/$lic" ]; then cp "$M/$pkg/$lic" "$DEST/$pkg/"; fi
  done
  node -e "console.log(require('./$M/$pkg/package.json').version)" > "$DEST/$pkg/VERSION"
}
copy leaflet dist/leaflet.js dist/leaflet.css
copy leaflet.markercluster dist/leaflet.markercluster.js dist/MarkerCluster.css dist/MarkerCluster.Default.css
copy topojson-client dist/topojson-client.min.js
# the "peer" builds: the standalone one injects a <style> element, which the CSP refuses
copy vis-timeline peer/umd/vis-timeline-graph2d.min.js styles/vis-timeline-graph2d.min.css
copy vis-data peer/umd/vis-data.min.js
copy moment min/moment.min.js
copy cytoscape dist/cytoscape.min.js
copy world-atlas
rm -f "$DEST/world-atlas/"*.json "$DEST/world-atlas/README.md" 2>/dev/null || true
# The country shapes as a script (browsers refuse fetch() of file:// URLs): sets a global.
{ printf 'window.VITRINA_WORLD = '; cat "$M/world-atlas/countries-110m.json"; printf ';\n'; } \
  > "$DEST/world-atlas/countries-110m.js"
ls -R "$DEST"
