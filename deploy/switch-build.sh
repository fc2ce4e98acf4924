#!/bin/sh
# Points nginx's cache at a new build: writes the build's id into the file deploy/nginx/nginx.conf
# includes (it is part of every cache key), checks the configuration and reloads nginx. Run it once
# every app instance serves the new build; until then nginx keeps answering from the old build's
# copies. A reload drops no connection: old workers finish what they are sending.
#
#   deploy/switch-build.sh BUILD_ID CONF_FILE [NGINX_COMMAND...]
#
# BUILD_ID   the build's id (.next/BUILD_ID of the build the instances now run)
# CONF_FILE  where nginx.conf includes it from (/etc/nginx/sendhelp/build.conf)
# NGINX_COMMAND  how to run nginx, without -t or -s: `nginx` (the default), or
#            `docker compose -f deploy/compose.yaml exec -T nginx nginx`. Run with no nginx at all
#            (before nginx first starts) by passing `-`.
set -eu

build_id="${1:?usage: $0 BUILD_ID CONF_FILE [NGINX_COMMAND...]}"
conf="${2:?usage: $0 BUILD_ID CONF_FILE [NGINX_COMMAND...]}"
shift 2
# Next.js's build ids are letters, digits, - and _: anything else is refused, not written into nginx's configuration.
case "$build_id" in
  *[!A-Za-z0-9_-]*) echo "$0: not a build id: $build_id" >&2; exit 2 ;;
esac
[ "$#" -gt 0 ] || set -- nginx

tmp="$conf.tmp.$$"
printf '# Written by deploy/switch-build.sh: the build the app instances serve, part of every cache key.\nmap "" $sendhelp_build { default "%s"; }\n' "$build_id" > "$tmp"
mv "$tmp" "$conf"
if [ "$1" = "-" ]; then
  exit 0
fi
"$@" -t -q
"$@" -s reload
