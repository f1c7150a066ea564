"""outingwatch: per-app Prometheus registry and the service's metrics."""
