# Starts (or reuses) a local PostgreSQL cluster on 127.0.0.1:5432 with a `patroncare` role that may
# create the per-test databases, and exports CI_DATABASE_URL. Sourced by .ci/run; usable by hand:
#   sudo bash -c '. .ci/postgres.sh && start_postgres'
start_postgres() {
    local version cluster=main
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    [ -n "$version" ] || return 1
    if ! pg_lsclusters -h | grep -q "^$version $cluster "; then
        pg_createcluster "$version" "$cluster" >/dev/null || return 1
    fi
    # The test suites run in parallel, each test on its own scratch database.
    pg_conftool "$version" "$cluster" set max_connections 400 >/dev/null 2>&1 || true
    pg_ctlcluster "$version" "$cluster" restart 2>/dev/null || pg_ctlcluster "$version" "$cluster" start 2>/dev/null || true
    for _ in $(seq 1 30); do
        su postgres -c "psql -qAtc 'select 1'" >/dev/null 2>&1 && break
        sleep 1
    done
    su postgres -c "psql -qAtc 'select 1'" >/dev/null 2>&1 || return 1
    su postgres -c "psql -qc \"DO \\\$\\\$ BEGIN
        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'patroncare') THEN
            CREATE ROLE patroncare LOGIN CREATEDB PASSWORD 'patroncare';
        END IF; END \\\$\\\$;\"" >/dev/null || return 1
    su postgres -c "psql -qAtc \"SELECT 1 FROM pg_database WHERE datname = 'patroncare'\"" | grep -q 1 \
        || su postgres -c "createdb -O patroncare patroncare" || return 1
    export CI_DATABASE_URL="postgres://patroncare:patroncare@127.0.0.1:5432/patroncare"
}
