# The public web front: nginx (unprivileged) serving the widget's files itself and proxying
# /socket.io/ and the SMS webhook to the Rasa service; REST on the internal port 8081 only.
# Same configuration generator as `make stack` (assistant/stack/nginx.py).
#   docker build -f deploy/docker/web.Dockerfile --build-arg PUBLIC_URL=https://chat.example.org -t assistant-web .
FROM python:3.10-slim-bookworm AS config
ARG PUBLIC_URL=http://localhost:8090
ARG RASA_UPSTREAM=rasa:5005
WORKDIR /src
COPY assistant/__init__.py assistant/__init__.py
COPY assistant/stack/ assistant/stack/
COPY web/index.html web/demo.css web/
COPY web/widget/ web/widget/
COPY web/vendor/socket.io.min.js web/vendor/
RUN python -m assistant.stack.nginx --run-dir /srv/run --web-root /srv/web \
      --rasa "$RASA_UPSTREAM" --public-url "$PUBLIC_URL" \
      --public-listen 8080 --internal-listen 8081 --no-user \
 && mkdir -p /srv/web && cp -r web/* /srv/web/

FROM nginxinc/nginx-unprivileged:1.27-bookworm
COPY --from=config --chown=101:101 /srv/ /srv/
USER 101
EXPOSE 8080 8081
CMD ["nginx", "-c", "/srv/run/nginx.conf", "-p", "/srv/run"]
