/** Says loudly what this run does not test, and fails when CI requires it. */
export default function setup() {
  if (!process.env.TEST_DATABASE_URL) {
    const message =
      'PostgreSQL tests SKIPPED: TEST_DATABASE_URL is not set, so API tests ran on SQLite only.\n' +
      '  Run with TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres to include them.';
    if (process.env.REQUIRE_POSTGRES === '1') {
      throw new Error(`REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set.\n${message}`);
    }
    process.stderr.write(`\n\x1b[33m*** ${message}\x1b[0m\n\n`);
  }
}
