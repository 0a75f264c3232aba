# The portal as a container: built with Node 24, served by an unprivileged nginx
# (port 8080, no root) with the server block and security headers the build writes.
#
#   docker build -t support-portal --build-arg PORTAL_SITE_URL=https://support.example.com .
#   docker run -p 8080:8080 support-portal
#
# Settings (README, "Settings") are build arguments: the site is static, so they
# are fixed when it is built.

FROM node:24-bookworm-slim AS build
WORKDIR /portal
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG PORTAL_SITE_URL=http://localhost:8080
ARG PORTAL_BASE_PATH=/
ARG PORTAL_SEARCH_INDEX_PARTS=1
ARG PUBLIC_TICKET_CHANNEL=
ARG PUBLIC_TICKET_ENDPOINT=
ARG PUBLIC_TICKET_TIMEOUT_MS=
ARG PUBLIC_TILEDESK_API_URL=
ARG PUBLIC_TILEDESK_PROJECT_ID=
ENV ASTRO_TELEMETRY_DISABLED=1 \
    PORTAL_SITE_URL=$PORTAL_SITE_URL \
    PORTAL_BASE_PATH=$PORTAL_BASE_PATH \
    PORTAL_SEARCH_INDEX_PARTS=$PORTAL_SEARCH_INDEX_PARTS \
    PUBLIC_TICKET_CHANNEL=$PUBLIC_TICKET_CHANNEL \
    PUBLIC_TICKET_ENDPOINT=$PUBLIC_TICKET_ENDPOINT \
    PUBLIC_TICKET_TIMEOUT_MS=$PUBLIC_TICKET_TIMEOUT_MS \
    PUBLIC_TILEDESK_API_URL=$PUBLIC_TILEDESK_API_URL \
    PUBLIC_TILEDESK_PROJECT_ID=$PUBLIC_TILEDESK_PROJECT_ID
RUN npm run build

# nginx's unprivileged image runs as user nginx (uid 101) and listens on 8080.
FROM nginxinc/nginx-unprivileged:stable-alpine
# Under a base path the generated block serves root + base path: the files go there.
ARG PORTAL_BASE_PATH=/
ENV PORTAL_BASE_PATH=$PORTAL_BASE_PATH
COPY --from=build /portal/dist/_nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /portal/dist /usr/share/nginx/html$PORTAL_BASE_PATH
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
  CMD wget -q -O /dev/null "http://127.0.0.1:8080$PORTAL_BASE_PATH" || exit 1
