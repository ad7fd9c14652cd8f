# Sourced by .ci/run: starts Debian's PostgreSQL (installed by .ci/run), makes a role and a
# database for the tests, and exports POSTGRES_TEST_URL, so the store, server and browser tests
# run on PostgreSQL too. Safe to run again: it reuses what exists. Needs root.

# The newest server the `postgresql` package brought, whatever Debian's release calls it.
pg_version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
if ! pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main" { found = 1 } END { exit !found }'; then
  pg_createcluster "$pg_version" main
fi
# A container has no init system to start it; pg_ctlcluster does it as the cluster's owner.
if ! pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main" && $4 == "online" { found = 1 } END { exit !found }'; then
  pg_ctlcluster "$pg_version" main start
fi
pg_port=$(pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main" { print $3 }')

pg_admin() { (cd / && runuser -u postgres -- psql --port "$pg_port" --quiet --no-psqlrc --tuples-only --no-align -v ON_ERROR_STOP=1 "$@"); }

# Only the tests use this role, on this machine, over 127.0.0.1; each test makes and drops a schema.
if [[ -z $(pg_admin -c "SELECT 1 FROM pg_roles WHERE rolname = 'zanbala_test'") ]]; then
  pg_admin -c "CREATE ROLE zanbala_test LOGIN PASSWORD 'zanbala_test'"
fi
if [[ -z $(pg_admin -c "SELECT 1 FROM pg_database WHERE datname = 'zanbala_test'") ]]; then
  # UTF8 whatever the machine's locale: students write in Kazakh and Russian.
  pg_admin -c "CREATE DATABASE zanbala_test OWNER zanbala_test ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0"
fi

export POSTGRES_TEST_URL="postgres://zanbala_test:zanbala_test@127.0.0.1:${pg_port}/zanbala_test"
echo "PostgreSQL ${pg_version} on port ${pg_port}: POSTGRES_TEST_URL=${POSTGRES_TEST_URL}"
