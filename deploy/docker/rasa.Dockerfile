# The Rasa server (one instance; run 2+). Build from the repository root after `make train`:
#   docker build -f deploy/docker/rasa.Dockerfile -t assistant-rasa .
# Contains: Python packages (pinned), assistant/ (channels, policies, NLU components, stores),
# content/ and domain/ (facts and wording the channels read), the trained model and the spaCy
# pipeline it points to. No tests, no secrets: every credential comes from a mounted file.
FROM python:3.10-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    RASA_TELEMETRY_ENABLED=false TF_CPP_MIN_LOG_LEVEL=3 SQLALCHEMY_SILENCE_UBER_WARNING=1 \
    PYTHONWARNINGS=ignore::DeprecationWarning SANIC_HOST=0.0.0.0 PYTHONPATH=/app HOME=/tmp

WORKDIR /app
COPY requirements.txt constraints.txt ./
RUN pip install -r requirements.txt -c constraints.txt

COPY assistant/ assistant/
COPY content/ content/
COPY domain/ domain/
COPY config.yml credentials.yml endpoints.production.yml ./
COPY build/spacy/ build/spacy/
COPY models/current.tar.gz models/current.tar.gz

RUN useradd --uid 10001 --no-create-home --shell /usr/sbin/nologin assistant
USER 10001
EXPOSE 5005
# Rasa unpacks the model into /tmp: mount an emptyDir there with a read-only root filesystem.
CMD ["python", "-m", "assistant.rasa_server", "run", "--model", "models/current.tar.gz", \
     "--endpoints", "endpoints.production.yml", "--credentials", "credentials.yml", \
     "--port", "5005", "--enable-api"]
