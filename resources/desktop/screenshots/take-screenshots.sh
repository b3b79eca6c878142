#!/usr/bin/env bash
# Retakes the AppStream screenshots from the app on its built-in sandbox, on a virtual display of
# the size the metainfo states (1280x800). Needs xvfb and ImageMagick's `import`.
#   resources/desktop/screenshots/take-screenshots.sh build/release/bin/paidesk
set -euo pipefail
app=$(realpath "${1:?usage: take-screenshots.sh PATH/TO/paidesk}")
out=$(cd "$(dirname "$0")" && pwd)
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
export out app config
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
    # A fresh configuration: no saved window state or profile changes the picture.
    XDG_CONFIG_HOME=$config LANG=en_US.UTF-8 LANGUAGE=en "$app" --sandbox &
    pid=$!
    sleep 8 # the sandbox starts and every demo page loads
    import -window root "$out/main-window.png"
    kill $pid
    wait $pid || true
'
echo "wrote $out/main-window.png"
