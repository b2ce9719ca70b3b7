#!/bin/sh
# install/layout: what `cmake --install` puts where a user (or the .deb, which
# CPack makes from the same rules) will look for it. Installs the build into a
# temporary DESTDIR under /usr and checks that the binary runs, that every
# man page in man/ is installed and renders, and that both shell completions
# are installed.
#   tests/install_test.sh CMAKE BUILD_DIR SOURCE_DIR VERSION
set -eu
cmake=$1 build=$2 source=$3 version=$4

root=$(mktemp -d "${TMPDIR:-/tmp}/bargain-install.XXXXXX")
trap 'rm -rf "$root"' EXIT INT TERM
status=0
fail() {
    echo "install/layout: $*" >&2
    status=1
}

if ! DESTDIR=$root "$cmake" --install "$build" --prefix /usr >"$root/install.log" 2>&1; then
    cat "$root/install.log" >&2
    fail "cmake --install failed"
    exit 1
fi
usr=$root/usr

# The binary.
if [ ! -x "$usr/bin/bargain" ]; then
    fail "no executable bin/bargain"
else
    got=$("$usr/bin/bargain" --version 2>&1) || fail "bin/bargain --version exited $?"
    [ "$got" = "bargain $version" ] || fail "bin/bargain --version printed '$got', expected 'bargain $version'"
fi

# Every man page, compressed in its section's directory, rendering without
# complaint.
if command -v man >/dev/null 2>&1; then
    render() { MANWIDTH=80 man -l "$1"; }
elif command -v mandoc >/dev/null 2>&1; then
    render() { mandoc -Tascii "$1"; }
else
    render() { echo "neither man nor mandoc is installed (run setup.sh)" >&2; return 1; }
fi
pages=0
for page in "$source"/man/*.[1-9]; do
    name=${page##*/}
    installed=$usr/share/man/man${name##*.}/$name.gz
    pages=$((pages + 1))
    if [ ! -f "$installed" ]; then
        fail "no share/man/man${name##*.}/$name.gz"
        continue
    fi
    gzip -dc "$installed" | cmp -s "$page" - || fail "share/man/man${name##*.}/$name.gz differs from man/$name"
    if ! render "$installed" >"$root/page.out" 2>"$root/page.err"; then
        fail "$name does not render:"
        cat "$root/page.err" >&2
    elif [ -s "$root/page.err" ]; then
        fail "$name renders with complaints:"
        cat "$root/page.err" >&2
    elif [ ! -s "$root/page.out" ]; then
        fail "$name renders empty"
    fi
done
[ "$pages" -gt 0 ] || fail "no man pages in $source/man"

# Shell completions, where bash-completion and Debian's zsh look for them,
# as written (completions/bash tests what the bash one completes).
for pair in "bash-completion/completions/bargain bargain.bash" "zsh/vendor-completions/_bargain _bargain"; do
    installed=${pair% *} written=${pair#* }
    if [ ! -f "$usr/share/$installed" ]; then
        fail "no share/$installed"
    else
        cmp -s "$source/completions/$written" "$usr/share/$installed" ||
            fail "share/$installed differs from completions/$written"
    fi
done

exit $status
