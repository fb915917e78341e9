# The action server: rasa-sdk only (not Rasa, TensorFlow or spaCy), with a shared token.
#   docker build -f deploy/docker/actions.Dockerfile -t assistant-actions .
FROM python:3.10-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 PYTHONPATH=/app \
    ACTION_SERVER_HOST=0.0.0.0 SANIC_REQUEST_MAX_SIZE=8388608

WORKDIR /app
COPY constraints.txt ./
RUN pip install "rasa-sdk==3.6.2" pyyaml -c constraints.txt

COPY actions/ actions/
COPY assistant/ assistant/
COPY content/ content/
COPY domain/ domain/

RUN useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin assistant
USER 10001
EXPOSE 5055
# ACTION_SERVER_HOST=0.0.0.0 makes the launcher refuse to start without ACTION_SERVER_TOKEN_FILE.
CMD ["python", "-m", "assistant.action_server", "--port", "5055"]
