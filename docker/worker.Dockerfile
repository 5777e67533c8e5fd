# Worker image: the BullMQ job handlers (imports, sampling, scores, rollups, disputes).
# Build from the repository root: docker build -f docker/worker.Dockerfile .

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
ENV NODE_ENV=production DATA_DIR=/data UPLOAD_DIR=/var/recode/uploads
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/libs/domain/package.json ./libs/domain/package.json
COPY --from=build /app/libs/domain/dist ./libs/domain/dist
COPY --from=build /app/libs/contracts/package.json ./libs/contracts/package.json
COPY --from=build /app/libs/contracts/dist ./libs/contracts/dist
COPY --from=build /app/apps/api/package.json ./apps/api/package.json
COPY --from=build /app/apps/api/dist ./apps/api/dist
RUN mkdir -p /var/recode/uploads && chown node:node /var/recode/uploads
USER node
# The API container migrates; compose starts the worker once the API is healthy.
CMD ["node", "apps/api/dist/worker.js"]
