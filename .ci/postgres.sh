# Sourced by .ci/dev for `test`: starts the machine's PostgreSQL on loopback
# (installing Debian's package when missing), makes an empty database for the
# agency server's suite and exports its address as REVIEWDESK_CI_POSTGRES.
# `cargo xtask test` then runs the server's suite a second time against it.

start_postgres() {
  local cluster version name port
  if ! dpkg-query -W -f='${Status}' postgresql 2>/dev/null | grep -q "install ok installed"; then
    echo "Installing PostgreSQL for the agency server's tests"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
  fi
  if [ -z "$(pg_lsclusters -h)" ]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    as_root pg_createcluster "$version" main >/dev/null
  fi
  cluster=$(pg_lsclusters -h | head -n 1)
  read -r version name port _ <<<"$cluster"
  if ! pg_lsclusters -h | head -n 1 | grep -q online; then
    as_root pg_ctlcluster "$version" "$name" start
  fi
  as_root runuser -u postgres -- psql -p "$port" -q -v ON_ERROR_STOP=1 <<'SQL'
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reviewdesk_test') THEN
    CREATE ROLE reviewdesk_test LOGIN PASSWORD 'reviewdesk-test';
  END IF;
END $$;
DROP DATABASE IF EXISTS reviewdesk_test;
CREATE DATABASE reviewdesk_test OWNER reviewdesk_test;
SQL
  export REVIEWDESK_CI_POSTGRES="postgres://reviewdesk_test:reviewdesk-test@127.0.0.1:$port/reviewdesk_test"
}
