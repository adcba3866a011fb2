# The API (and the built console) for a production-like run; see docker-compose.yml.
FROM node:22-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@10.34.9
# Dependencies first, from the manifests and the lockfile alone: an edit to the source
# reuses this layer instead of installing again.
COPY package.json pnpm-lock.yaml pnpm-workspace.yaml ./
COPY apps/server/package.json apps/server/
COPY apps/admin/package.json apps/admin/
COPY packages/schema/package.json packages/schema/
RUN pnpm install --frozen-lockfile
COPY . .
RUN pnpm build && pnpm deploy --filter @wanxia/server --prod --legacy /deploy \
  && cp -r apps/server/dist /deploy/dist && mkdir -p /deploy/admin && cp -r apps/admin/dist /deploy/admin/dist

FROM node:22-bookworm-slim
WORKDIR /srv/wanxia
ENV NODE_ENV=production ADMIN_DIST=/srv/wanxia/admin/dist
COPY --from=build /deploy ./
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=3 --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:4000/readyz').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "--enable-source-maps", "dist/main.js"]
