#!/usr/bin/env bash
# Retakes docs/screenshots/main-window.png and export-dialog.png from the app on its built-in
# sandbox, on a virtual display, driving it with the keyboard like a person would: Alt+2 moves
# to the model table, Down selects the first model, Ctrl+E exports it.
# Needs xvfb, xdotool and ImageMagick's `import`. Use a release build:
#   docs/screenshots/take-screenshots.sh build/release/bin/paidesk
set -euo pipefail
app=$(realpath "${1:?usage: take-screenshots.sh PATH/TO/paidesk}")
out=$(cd "$(dirname "$0")" && pwd)
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT
export out app config
xvfb-run -a -s "-screen 0 1400x900x24" bash -c '
    set -euo pipefail
    # A fresh configuration: no saved window state, profile or language changes the picture.
    XDG_CONFIG_HOME=$config LANG=en_US.UTF-8 LANGUAGE=en "$app" --sandbox &
    pid=$!
    window=$(xdotool search --sync --name "^PaiDesk" | head -1)
    xdotool windowmove --sync "$window" 0 0 windowsize --sync "$window" 1400 900
    sleep 6 # the sandbox starts and every demo page loads
    xdotool windowfocus --sync "$window"
    # The activity log (Ctrl+L) makes way for the table; Alt+2 moves to the table, Down
    # selects a model.
    xdotool key --clearmodifiers ctrl+l alt+2 Down
    # Double-clicking a header edge fits that column to its contents: ID first, then Name, so
    # the first fit does not move the second edge (positions of the 1400x900 layout).
    xdotool mousemove --window "$window" 515 65 click --repeat 2 --delay 80 1
    xdotool mousemove --window "$window" 415 65 click --repeat 2 --delay 80 1
    xdotool mousemove --window "$window" 700 880
    sleep 2 # the details of the selected model arrive
    import -window "$window" "$out/main-window.png"
    xdotool key --clearmodifiers ctrl+e
    dialog=$(xdotool search --sync --name "^Export .* as Terraform" | head -1)
    sleep 1
    import -window "$dialog" "$out/export-dialog.png"
    kill $pid
    wait $pid || true
'
echo "wrote $out/main-window.png and $out/export-dialog.png"
