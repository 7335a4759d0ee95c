#!/usr/bin/env bash
# Make this checkout runnable: Python >= 3.11, the system libraries Qt loads, and .venv from the lock.
#
# Usage: scripts/setup.sh test|window|bundle
#   test    libraries for Qt's offscreen platform (the test suite), and PostgreSQL with its RUM
#           extension for the team library's tests (as root with apt; skipped otherwise)
#   window  those plus the X11/xcb libraries a real window needs
#   bundle  the window's libraries only, no .venv (scripts/bundle: PyInstaller copies them in)
#
# Called by scripts/run and scripts/test; silent when there is nothing to do. Environment:
#   PYTHON  the interpreter to build .venv from (default: python3)
set -euo pipefail

profile=${1:-}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
venv=$root/.venv
lock=$root/requirements/lock.txt
stamp=$venv/.lock-stamp
python=${PYTHON:-python3}

# Debian 12 names; see shared PLATFORM.md for how the lists were measured on a clean system.
offscreen_pkgs=(libglib2.0-0 libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libxkbcommon0
    fonts-dejavu-core)
window_pkgs=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
    libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0)

say() { printf 'setup: %s\n' "$*" >&2; }
die() {
    printf 'setup: error: %s\n' "$1" >&2
    shift
    for line in "$@"; do printf '  %s\n' "$line" >&2; done
    exit 1
}

log=$(mktemp "${TMPDIR:-/tmp}/vis-a-vis-setup.XXXXXX")
trap 'rm -f "$log"' EXIT
# Run a command with its output in $log; on failure show the end of it and stop.
quietly() {
    if ! "$@" >"$log" 2>&1; then
        tail -n 40 "$log" >&2
        die "this command failed: $*"
    fi
}

# Install Debian packages (as root), or say exactly what to run and stop.
apt_install() {
    if ! command -v apt-get >/dev/null 2>&1; then
        die "missing system packages, and apt-get is not available: $*" \
            "Install the equivalent packages for your system, then run this command again."
    fi
    if [[ $(id -u) -ne 0 ]]; then
        die "missing system packages; as root, run:" \
            "apt-get update && apt-get install -y --no-install-recommends $*" \
            "then run this command again."
    fi
    say "installing system packages: $*"
    export DEBIAN_FRONTEND=noninteractive
    quietly apt-get update
    quietly apt-get install -y --no-install-recommends "$@"
}

case $profile in
    test) wanted=("${offscreen_pkgs[@]}") ;;
    window | bundle) wanted=("${offscreen_pkgs[@]}" "${window_pkgs[@]}") ;;
    *) die "usage: scripts/setup.sh test|window|bundle" ;;
esac

# 1. Python >= 3.11 (its version goes into the stamp: a new interpreter means a new .venv).
command -v "$python" >/dev/null 2>&1 ||
    die "$python not found." "Install Python 3.11 or newer (Debian: apt-get install python3)."
py_version=$("$python" -c 'import sys; print("%d.%d.%d" % sys.version_info[:3])') ||
    die "$python does not run."
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    die "Python >= 3.11 is required; $python is $py_version." \
        "Set PYTHON=/path/to/python3.11 (or newer) and run this command again."
fi

# 2. The libraries Qt loads (one dpkg-query for all; only where dpkg is the package manager).
if command -v dpkg-query >/dev/null 2>&1; then
    installed=$(dpkg-query -W -f='${Package} ${Status}\n' "${wanted[@]}" 2>/dev/null || true)
    missing=()
    for pkg in "${wanted[@]}"; do
        grep -qxF "$pkg install ok installed" <<<"$installed" || missing+=("$pkg")
    done
    if ((${#missing[@]})); then
        apt_install "${missing[@]}"
    fi
fi

# 2b. PostgreSQL for the tests of the team library (tests/postgres.py starts a server of its own in
# a temporary folder; nothing here starts one). Installed where apt can, as root; elsewhere those
# tests are skipped and say why.
has_postgres() {
    compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null 2>&1
}
if [[ $profile == test ]] && ! has_postgres; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        apt_install postgresql
    else
        say "PostgreSQL is not installed: the team library's tests will be skipped" \
            "(as root: apt-get install -y --no-install-recommends postgresql)"
    fi
fi

# 2c. The RUM extension (Debian's postgresql-NN-rum, for the installed PostgreSQL NN): the team
# library's tests run on a database where the program may use it and on one where it may not;
# without the package, those with RUM are skipped and say why.
has_rum() { compgen -G "/usr/share/postgresql/*/extension/rum.control" >/dev/null; }
if [[ $profile == test ]] && has_postgres && ! has_rum; then
    major=$(find /usr/lib/postgresql -mindepth 1 -maxdepth 1 -printf '%f\n' 2>/dev/null |
        sort -n | tail -n 1)
    rum=postgresql-${major:-15}-rum
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null 2>&1; then
        export DEBIAN_FRONTEND=noninteractive
        if apt-cache show "$rum" >/dev/null 2>&1 ||
            { apt-get update >"$log" 2>&1 && apt-cache show "$rum" >/dev/null 2>&1; }; then
            say "installing system packages: $rum"
            quietly apt-get install -y --no-install-recommends "$rum"
        else
            say "no package $rum here: the team library's tests run without RUM only"
        fi
    else
        say "the RUM extension is not installed: the team library's tests with it will be skipped" \
            "(as root: apt-get install -y --no-install-recommends $rum)"
    fi
fi

[[ $profile == bundle ]] && exit 0  # scripts/bundle makes its own build environment

# 3. .venv, installed from the lock only when the lock (or the interpreter) changed.
want="$(sha256sum "$lock" | cut -d' ' -f1) python-$py_version"
if [[ -x $venv/bin/python && -f $stamp && $(<"$stamp") == "$want" ]]; then
    exit 0
fi

venv_usable() { [[ -x $venv/bin/python ]] && "$venv/bin/python" -m pip --version >/dev/null 2>&1; }
make_venv() { rm -rf "$venv" && "$python" -m venv "$venv" >"$log" 2>&1 && venv_usable; }

# Reuse .venv only if it was made by this interpreter version and has pip.
if ! grep -qE "^version(_info)? = $py_version\b" "$venv/pyvenv.cfg" 2>/dev/null || ! venv_usable; then
    say "creating .venv with $python ($py_version)"
    if ! make_venv; then
        # Debian ships venv's pip bootstrap (ensurepip) separately, in python3-venv.
        if command -v dpkg-query >/dev/null 2>&1; then
            apt_install python3-venv
        fi
        if ! make_venv; then
            cat "$log" >&2
            rm -rf "$venv"
            die "could not create $venv with '$python -m venv'."
        fi
    fi
fi

say "installing requirements/lock.txt into .venv (first run: about a minute)"
rm -f "$stamp"
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1 PIP_ROOT_USER_ACTION=ignore
# Debian 12's venv pip (23.0) trusts only its own CA bundle; the system's also holds any local CA.
if [[ -z ${PIP_CERT:-}${REQUESTS_CA_BUNDLE:-} && -r /etc/ssl/certs/ca-certificates.crt ]]; then
    export PIP_CERT=/etc/ssl/certs/ca-certificates.crt
fi
quietly "$venv/bin/python" -m pip install --require-hashes --only-binary :all: -r "$lock"
printf '%s\n' "$want" >"$stamp"
say "done"
