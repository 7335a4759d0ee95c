#!/bin/sh
# Add Vis-à-vis to this user's applications menu and PATH, from the folder this script is in.
# Nothing is copied but the icon and the menu entry; remove them with: ./install.sh --remove
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
entry=$data/applications/vis-a-vis.desktop
icons=$data/icons/hicolor
link=$HOME/.local/bin/vis-a-vis

if [ "${1:-}" = "--remove" ]; then
    rm -f "$entry" "$link"
    for size in 16 32 48 64 128 256; do rm -f "$icons/${size}x${size}/apps/vis-a-vis.png"; done
    echo "Vis-à-vis removed from the menu (this folder is left as it is)."
    exit 0
fi

mkdir -p "$data/applications" "$HOME/.local/bin"
for size in 16 32 48 64 128 256; do
    mkdir -p "$icons/${size}x${size}/apps"
    cp "$here/icons/vis-a-vis-$size.png" "$icons/${size}x${size}/apps/vis-a-vis.png"
done
# The menu entry runs this folder's program by its full path (the one in the archive runs
# "vis-a-vis" from PATH).
sed "s|^Exec=.*|Exec=\"$here/vis-a-vis\"|" "$here/vis-a-vis.desktop" >"$entry"
ln -sf "$here/vis-a-vis" "$link"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "Vis-à-vis is in the applications menu, and 'vis-a-vis' in $HOME/.local/bin."
