# API image. The worker has its own docker/worker.Dockerfile (same build, other command).
# Build from the repository root: docker build -f docker/api.Dockerfile .

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV SCARF_ANALYTICS=false NX_NO_CLOUD=true NX_DAEMON=false CI=true
# The whole workspace is copied (see .dockerignore): npm workspaces need every package.json.
COPY . .
# npm install, not npm ci: see ../shared/STACK.md (the lockfile lacks other platforms' binaries).
RUN npm install --no-audit --no-fund \
 && npx tsc -b apps/api \
 && npm prune --omit=dev --no-audit --no-fund

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/libs/domain/package.json ./libs/domain/package.json
COPY --from=build /app/libs/domain/dist ./libs/domain/dist
COPY --from=build /app/libs/contracts/package.json ./libs/contracts/package.json
COPY --from=build /app/libs/contracts/dist ./libs/contracts/dist
COPY --from=build /app/apps/api/package.json ./apps/api/package.json
COPY --from=build /app/apps/api/dist ./apps/api/dist
# Uploads are shared with the worker through a volume mounted here (owned by node, so it can write).
RUN mkdir -p /var/recode/uploads && chown node:node /var/recode/uploads
ENV UPLOAD_DIR=/var/recode/uploads
USER node
EXPOSE 3000
# The same first-start steps as `npm start`: migrate, seed the demo accounts, load the code sets
# (skipped when unchanged), load a modest demo data set (only into an empty database). Each is idempotent.
# migrate connects as the owner (MIGRATION_DATABASE_URL) and grants the runtime role; the rest run as it (DATABASE_URL).
CMD ["sh", "-c", "node apps/api/dist/cli/migrate.js && node apps/api/dist/cli/seed.js && node apps/api/dist/cli/codesets-load.js && node apps/api/dist/cli/demo-load.js && exec node apps/api/dist/main.js"]
