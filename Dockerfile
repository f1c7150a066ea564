# outingwatch: follows Wikimedia's recent changes and queues possible outing for oversighters.
#   build:  docker build -t outingwatch .      (here: ../shared/container/build.sh)
#   run:    docker run -p 8080:8080 -v outingwatch-data:/data \
#             -e OUTINGWATCH_FINGERPRINT_KEY=... -e OUTINGWATCH_CONTACT=you@example.org outingwatch
#   demo:   docker run -p 8080:8080 outingwatch replay
#   pinned: docker build --build-arg BASE_IMAGE=python:3.11-slim-bookworm@sha256:<digest> .
#           (`docker buildx imagetools inspect python:3.11-slim-bookworm` shows the digest)
# Ports: 8080 the oversighters' queue (page, API), 8081 /metrics, /healthz, /readyz.
ARG BASE_IMAGE=python:3.11-slim-bookworm

# --- build: a virtual environment with the project and the spaCy model (nothing fetched at run time)
FROM ${BASE_IMAGE} AS build
ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1
# LightGBM (the outing model) needs the GNU OpenMP runtime, which slim images leave out
RUN apt-get update -qq \
 && apt-get install -y -qq --no-install-recommends libgomp1 \
 && rm -rf /var/lib/apt/lists/*
RUN python3 -m venv /opt/outingwatch
# every dependency (the spaCy model included) from the lock file, each checked by its sha256;
# then the project alone, built with the locked setuptools: nothing unhashed is fetched
COPY requirements.lock /src/requirements.lock
RUN /opt/outingwatch/bin/pip install --require-hashes --no-deps -r /src/requirements.lock
COPY . /src
RUN /opt/outingwatch/bin/pip install --no-deps --no-build-isolation /src \
 && /opt/outingwatch/bin/python -c "from detectors.nlp import load; load(); load('fr_core_news_sm')" \
 && /opt/outingwatch/bin/python -c "from judgement.model import Model; Model.load()" \
 && /opt/outingwatch/bin/outingwatch --version

# --- runtime: the same base, the venv, a non-root user, data in a volume
FROM ${BASE_IMAGE}
RUN apt-get update -qq \
 && apt-get install -y -qq --no-install-recommends libgomp1 \
 && rm -rf /var/lib/apt/lists/*
RUN groupadd --gid 10001 outingwatch \
 && useradd --uid 10001 --gid outingwatch --no-create-home --home-dir /data \
      --shell /usr/sbin/nologin outingwatch \
 && mkdir -p /data \
 && chown outingwatch:outingwatch /data
COPY --from=build /opt/outingwatch /opt/outingwatch
# the bundled demo feed carries CC BY-SA wiki text: its attribution travels with it
COPY NOTICE README.md /usr/share/doc/outingwatch/
ENV PATH=/opt/outingwatch/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    OUTINGWATCH_LISTEN_HOST=0.0.0.0 \
    OUTINGWATCH_PORT=8080 \
    OUTINGWATCH_OPS_PORT=8081 \
    OUTINGWATCH_DATABASE=sqlite:////data/outingwatch.sqlite3
WORKDIR /data
USER outingwatch
EXPOSE 8080 8081
VOLUME ["/data"]
# slim images have no curl: ask /healthz with the interpreter that is there anyway
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["python3", "-c", "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('OUTINGWATCH_OPS_PORT', '8081'), timeout=4)"]
ENTRYPOINT ["outingwatch"]
CMD ["run"]
