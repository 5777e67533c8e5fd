# Web image: the Vite build served by docker/web-server.mjs (static files + proxy of /api, /health,
# /ready to API_URL), so the runtime needs no node_modules.
# Build from the repository root: docker build -f docker/web.Dockerfile .

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV SCARF_ANALYTICS=false NX_NO_CLOUD=true NX_DAEMON=false CI=true
COPY . .
RUN npm install --no-audit --no-fund \
 && npx tsc -b libs/domain libs/contracts \
 && npx vite build --config apps/web/vite.config.ts

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production WEB_PORT=8080 API_URL=http://api:3000 STATIC_DIR=/app/public
COPY docker/web-server.mjs ./web-server.mjs
COPY docker/web-security-headers.mjs ./web-security-headers.mjs
COPY --from=build /app/apps/web/dist ./public
USER node
EXPOSE 8080
CMD ["node", "web-server.mjs"]
