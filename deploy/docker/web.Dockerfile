# The public web front: nginx (unprivileged) serving the widget's files itself and proxying
# /socket.io/ and the SMS webhook to the Rasa service; REST on the internal port 8081 only.
# Same configuration generator as `make stack` (assistant/stack/nginx.py).
#   docker build -f deploy/docker/web.Dockerfile --build-arg PUBLIC_URL=https://chat.example.org -t assistant-web .
FROM python:3.10-slim-bookworm AS config
ARG PUBLIC_URL=http://localhost:8090
ARG RASA_UPSTREAM=rasa:5005
WORKDIR /src
# The widget's script and the demo page carry their wording from the domain (one home for every
# sentence), filled in here as the configuration is generated.
RUN pip install --no-cache-dir pyyaml==6.0.4
COPY assistant/__init__.py assistant/web_wording.py assistant/
COPY assistant/content/ assistant/content/
COPY assistant/stack/ assistant/stack/
COPY domain/ domain/
COPY web/index.html web/demo.css /srv/web/
COPY web/widget/ /srv/web/widget/
COPY web/vendor/socket.io.min.js /srv/web/vendor/
RUN python -m assistant.stack.nginx --run-dir /srv/run --web-root /srv/web \
      --rasa "$RASA_UPSTREAM" --public-url "$PUBLIC_URL" \
      --public-listen 8080 --internal-listen 8081 --no-user

FROM nginxinc/nginx-unprivileged:1.27-bookworm
COPY --from=config --chown=101:101 /srv/ /srv/
USER 101
EXPOSE 8080 8081
CMD ["nginx", "-c", "/srv/run/nginx.conf", "-p", "/srv/run"]
