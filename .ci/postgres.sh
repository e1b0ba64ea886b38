# Sourced by .ci/dev for `test`: starts the machine's PostgreSQL on loopback
# (installing Debian's package when missing), has it answer TLS with a
# certificate from an authority made here, makes an empty database for the
# agency server's suite and exports its address — TLS required, checked
# against that authority — as REVIEWDESK_CI_POSTGRES. `cargo xtask test` then
# runs the server's suite a second time against it.

# A test authority and a certificate for 127.0.0.1 and localhost signed by
# it, installed as the cluster's; the authority's certificate is left in $1.
postgres_tls() {
  local ca=$1 made data
  made=$(mktemp -d)
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 3650 \
    -subj "/CN=ReviewDesk test database authority" \
    -keyout "$made/ca.key" -out "$made/ca.pem" 2>/dev/null
  openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes \
    -subj "/CN=localhost" -keyout "$made/server.key" -out "$made/server.csr" 2>/dev/null
  printf '%s\n' "subjectAltName=DNS:localhost,IP:127.0.0.1" "basicConstraints=CA:FALSE" \
    "keyUsage=digitalSignature" "extendedKeyUsage=serverAuth" >"$made/server.ext"
  openssl x509 -req -in "$made/server.csr" -CA "$made/ca.pem" -CAkey "$made/ca.key" \
    -CAcreateserial -days 3650 -extfile "$made/server.ext" -out "$made/server.pem" 2>/dev/null
  data=/var/lib/postgresql/reviewdesk-test-tls
  as_root install -d -o postgres -g postgres -m 700 "$data"
  as_root install -o postgres -g postgres -m 600 "$made/server.pem" "$data/server.pem"
  as_root install -o postgres -g postgres -m 600 "$made/server.key" "$data/server.key"
  cp "$made/ca.pem" "$ca"
  rm -rf "$made"
}

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
  local ca="${TMPDIR:-/tmp}/reviewdesk-test-database-ca.pem"
  postgres_tls "$ca"
  as_root runuser -u postgres -- psql -p "$port" -q -v ON_ERROR_STOP=1 <<'SQL'
ALTER SYSTEM SET ssl = on;
ALTER SYSTEM SET ssl_cert_file = '/var/lib/postgresql/reviewdesk-test-tls/server.pem';
ALTER SYSTEM SET ssl_key_file = '/var/lib/postgresql/reviewdesk-test-tls/server.key';
DO $$ BEGIN PERFORM pg_reload_conf(); END $$;
DO $$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reviewdesk_test') THEN
    CREATE ROLE reviewdesk_test LOGIN PASSWORD 'reviewdesk-test';
  END IF;
END $$;
DROP DATABASE IF EXISTS reviewdesk_test;
CREATE DATABASE reviewdesk_test OWNER reviewdesk_test;
SQL
  export REVIEWDESK_CI_POSTGRES="postgres://reviewdesk_test:reviewdesk-test@127.0.0.1:$port/reviewdesk_test?sslmode=require&sslrootcert=$ca"
}
