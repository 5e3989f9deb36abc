#!/bin/sh
# Install Mentorat for the current user from the unpacked archive: the program under
# ~/.local/opt/Mentorat, the two commands in ~/.local/bin, the menu entry and its icon.
# The data file is never touched. Remove with: sh install.sh --uninstall
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
PREFIX="${XDG_DATA_HOME:-$HOME/.local/share}"
OPT="$HOME/.local/opt/Mentorat"
BIN="$HOME/.local/bin"
ID=org.cchl_ccls.quebec.Mentorat
if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$OPT" "$BIN/mentorat" "$BIN/mentorat-desktop" \
        "$PREFIX/applications/$ID.desktop" "$PREFIX/metainfo/$ID.metainfo.xml" \
        "$PREFIX/icons/hicolor/scalable/apps/$ID.svg"
    echo "Mentorat removed; your data file was left in place."
    exit 0
fi
mkdir -p "$OPT" "$BIN" "$PREFIX/applications" "$PREFIX/metainfo" \
    "$PREFIX/icons/hicolor/scalable/apps"
rm -rf "$OPT"
cp -R "$HERE/Mentorat" "$OPT"
ln -sf "$OPT/mentorat" "$BIN/mentorat"
ln -sf "$OPT/mentorat-desktop" "$BIN/mentorat-desktop"
sed "s|^Exec=mentorat-desktop|Exec=$OPT/mentorat-desktop|" "$HERE/$ID.desktop" \
    > "$PREFIX/applications/$ID.desktop"
cp "$HERE/$ID.metainfo.xml" "$PREFIX/metainfo/"
cp "$HERE/$ID.svg" "$PREFIX/icons/hicolor/scalable/apps/$ID.svg"
echo "Mentorat installed: open it from the menu, or run mentorat-desktop; the command line is mentorat."
