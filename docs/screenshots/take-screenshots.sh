#!/usr/bin/env bash
# Retakes the screenshots in docs/screenshots/ from the app on its built-in sandbox, on a virtual
# display, at 1280x800 and 1600x1000, in English and in Chinese, driving it with the keyboard
# like a person would: Alt+2 moves to the model table, Down selects the first model (the model
# pane reads it), F2 turns the pane into the form, Escape turns it back, Ctrl+E exports;
# Ctrl+Shift+P opens the profiles, where a RAM role profile is typed in; Shift+Down selects four
# models and Ctrl+Shift+B labels them in bulk (the review, then the run); Alt+1 and Home show the
# Model Gallery.
# Needs xvfb, xdotool and ImageMagick's `import` (scripts/install-deps.sh --test installs them).
# Use a release build:
#   docs/screenshots/take-screenshots.sh build/release/bin/paidesk
set -euo pipefail
app=$(realpath "${1:?usage: take-screenshots.sh PATH/TO/paidesk}")
out=$(cd "$(dirname "$0")" && pwd)

shoot() {
    local language=$1 locale=$2 width=$3 height=$4
    local suffix="$language-${width}x$height"
    local config
    config=$(mktemp -d)
    export app out config language locale width height suffix
    xvfb-run -a -s "-screen 0 ${width}x${height}x24" bash -c '
        set -euo pipefail
        # A fresh configuration: no saved window state, profile or language changes the picture.
        XDG_CONFIG_HOME=$config LANG=$locale LANGUAGE=$language "$app" --sandbox &
        pid=$!
        window=$(xdotool search --sync --name "^PaiDesk" | head -1)
        sleep 6 # the sandbox starts and every demo page loads
        xdotool windowfocus --sync "$window"
        xdotool key --clearmodifiers alt+2 Down
        sleep 2 # the details of the selected model arrive
        import -window root "$out/main-window-$suffix.png"
        xdotool key --clearmodifiers F2
        sleep 1
        import -window root "$out/model-editing-$suffix.png"
        xdotool key --clearmodifiers Escape ctrl+e
        dialog=$(xdotool search --sync --name "Terraform" | head -1)
        sleep 1
        import -window root "$out/export-dialog-$suffix.png"
        xdotool key --clearmodifiers Escape
        sleep 1
        # No window manager runs here: when a dialog closes, the focus goes back by hand.
        xdotool windowfocus --sync "$window"
        xdotool key --clearmodifiers ctrl+shift+p
        sleep 2
        xdotool key --clearmodifiers alt+n
        xdotool type "prod-registry"
        xdotool key --clearmodifiers alt+m Down Down
        xdotool key --clearmodifiers alt+d
        xdotool type "LTAI5tRoleSourceKey"
        xdotool key --clearmodifiers alt+a
        xdotool type "acs:ram::123456789012:role/registry-admin"
        sleep 1
        import -window root "$out/profile-role-$suffix.png"
        xdotool key --clearmodifiers Escape
        sleep 1
        xdotool windowfocus --sync "$window"
        xdotool key --clearmodifiers alt+2
        sleep 0.5
        xdotool key --clearmodifiers shift+Down shift+Down shift+Down
        sleep 0.5
        xdotool key --clearmodifiers ctrl+shift+b
        sleep 2
        xdotool key --clearmodifiers alt+a
        sleep 0.5
        xdotool type "reviewed"
        xdotool key Tab
        xdotool type "yes"
        xdotool key Return
        xdotool key --clearmodifiers alt+r
        sleep 2
        import -window root "$out/bulk-review-$suffix.png"
        xdotool key Return
        sleep 4 # four models written, each read back
        import -window root "$out/bulk-progress-$suffix.png"
        xdotool key Return
        sleep 1
        xdotool windowfocus --sync "$window"
        xdotool key --clearmodifiers alt+1
        sleep 0.5
        xdotool key --clearmodifiers Home
        sleep 4 # the gallery loads
        xdotool key --clearmodifiers alt+2
        sleep 0.5
        xdotool key --clearmodifiers Down
        sleep 2
        import -window root "$out/gallery-$suffix.png"
        kill $pid
        wait $pid || true
    '
    rm -rf "$config"
}

for size in 1280x800 1600x1000; do
    shoot en en_US.UTF-8 "${size%x*}" "${size#*x}"
    shoot zh_CN zh_CN.UTF-8 "${size%x*}" "${size#*x}"
done
echo "wrote the screenshots to $out"
