// Package devchain runs an embedded development Ethereum chain in process:
// go-ethereum's node and eth services driven by catalyst's simulated beacon
// (period 0: a block for each transaction; or a fixed block period), serving
// JSON-RPC over HTTP and WebSocket on one loopback port so several processes
// can share it, with an optional data directory so it survives restarts.
//
// Its rules are mainnet-like: every fork up to and including Osaka is active
// from genesis and none after it (geth --dev also turns on future forks whose
// gas rules would distort gas figures). ChainConfig and SimulatedOsaka give
// the same rules to go-ethereum's simulated backend for tests.
//
// DEV KEYS: DevKey derives fixed, publicly known private keys that are funded
// at genesis. They exist for local development and tests only and must never
// hold real value; the chain logs a warning naming them when it starts.
package devchain
