# syntax=docker/dockerfile:1
# The help site as a container: built in one stage, served from the standalone folder in the next,
# as an unprivileged user, with a health check. Build: docker build -t sendhelp .
# Run: docker run -p 3000:3000 -e TRUST_PROXY=1 -v sendhelp-data:/data sendhelp

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
# better-sqlite3 (the event store) compiles its native module when no prebuilt one can be fetched.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && node scripts/standalone.mjs

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOST=0.0.0.0 DATA_DIR=/data
# Owned by root, run as node: the server cannot change its own files. It writes only the event
# counts, to /data (a volume; or set DATABASE_URL for PostgreSQL). If /data cannot be written,
# events are dropped and counted in the log, and the site works on.
COPY --from=build /app/.next/standalone ./
RUN mkdir /data && chown node:node /data
VOLUME ["/data"]
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--max-old-space-size=192", "--max-semi-space-size=8", "server/main.mjs"]
