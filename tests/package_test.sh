#!/bin/sh
# package/deb: the Debian package that `cpack` makes from the install rules.
# Builds it into a temporary directory, then checks, without installing it
# (which needs root and changes the machine):
# - its name and version;
# - that Depends names the package of every shared library the binary
#   links (dpkg-shlibdeps computes them; this proves none went missing),
#   and tzdata, which the time zones are read from;
# - that the binary, the compressed man pages and both completions are in it;
# - that the binary unpacked from it runs and prints its version.
#   tests/package_test.sh CPACK BUILD_DIR VERSION
set -eu
cpack=$1 build=$2 version=$3

work=$(mktemp -d "${TMPDIR:-/tmp}/bargain-package.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
status=0
fail() {
    echo "package/deb: $*" >&2
    status=1
}

if ! "$cpack" --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    fail "cpack failed"
    exit 1
fi
set -- "$work"/out/bargain_"$version"_*.deb
if [ $# -ne 1 ] || [ ! -f "$1" ]; then
    fail "expected one bargain_${version}_ARCH.deb, found: $(ls "$work/out")"
    exit 1
fi
deb=$1

[ "$(dpkg-deb -f "$deb" Package)" = bargain ] || fail "Package is '$(dpkg-deb -f "$deb" Package)'"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || fail "Version is '$(dpkg-deb -f "$deb" Version)'"
depends=$(dpkg-deb -f "$deb" Depends)
# "libc6 (>= 2.34), libfmt9 (>= 9.1.0+ds1), tzdata" -> one name a line
names=$(printf '%s\n' "$depends" | tr ',|' '\n\n' | sed 's/(.*//; s/^ *//; s/ *$//; s/:.*//')
depends_on() { printf '%s\n' "$names" | grep -qx "$1"; }
depends_on tzdata || fail "Depends does not name tzdata: $depends"

dpkg-deb -x "$deb" "$work/root"
binary=$work/root/usr/bin/bargain
if [ ! -x "$binary" ]; then
    fail "no executable usr/bin/bargain"
else
    got=$("$binary" --version 2>&1) || fail "usr/bin/bargain --version exited $?"
    [ "$got" = "bargain $version" ] || fail "usr/bin/bargain --version printed '$got', expected 'bargain $version'"
    # Each library the binary needs must come from a package Depends names.
    for soname in $(objdump -p "$binary" | awk '$1 == "NEEDED" { print $2 }'); do
        owners=$(dpkg -S "*/$soname" 2>/dev/null | sed 's/:.*//; s/, /\n/g' | sort -u)
        found=no
        for owner in $owners; do depends_on "$owner" && found=yes; done
        [ "$found" = yes ] || fail "$soname (from $(echo ${owners:-no package})) is not in Depends: $depends"
    done
fi

contents=$(dpkg-deb -c "$deb" | awk '{ print $NF }')
for path in ./usr/bin/bargain ./usr/share/man/man1/bargain.1.gz ./usr/share/man/man5/bargain-campaign.5.gz \
    ./usr/share/bash-completion/completions/bargain ./usr/share/zsh/vendor-completions/_bargain; do
    printf '%s\n' "$contents" | grep -qx "$path" || fail "the package has no $path"
done

exit $status
