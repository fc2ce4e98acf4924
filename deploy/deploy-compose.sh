#!/bin/sh
# Deploys the current checkout with deploy/compose.yaml: builds the image, replaces the app
# instances one at a time (the other keeps serving; nginx sends it everything meanwhile), then
# points nginx's cache at the new build (deploy/switch-build.sh). The first run starts everything.
# Needs POSTGRES_PASSWORD (and INSIGHTS_PASSWORD for /insights) in the environment.
set -eu
cd "$(dirname "$0")"
compose() { docker compose -f compose.yaml "$@"; }

compose build
build_id="$(compose run --rm --no-deps --entrypoint cat app1 .next/BUILD_ID | tr -d '\r\n')"
mkdir -p state
if [ ! -f state/build.conf ]; then
  # First deploy: nginx needs the file before it starts.
  ./switch-build.sh "$build_id" state/build.conf -
fi
compose up -d postgres
for app in app1 app2; do
  compose up -d --no-deps "$app"
  # Wait for its health check before the next one goes down.
  until compose exec -T "$app" node -e "fetch('http://127.0.0.1:3000/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"; do
    sleep 1
  done
  # nginx sends it requests again only fail_timeout (3 s, nginx.conf) after it last failed: stopping
  # the other instance sooner would leave nginx none to send to.
  sleep 5
done
compose up -d nginx
./switch-build.sh "$build_id" state/build.conf docker compose -f compose.yaml exec -T nginx nginx
echo "Serving build $build_id"
