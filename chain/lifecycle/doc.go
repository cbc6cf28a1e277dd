// Package lifecycle is the end-to-end scenario of the Aoraki contract driven
// through the Go stack (deploy, txmgr, watcher, eip712) against any
// JSON-RPC chain: deploy, register three nodes, a task quoted, submitted,
// attested by a quorum and fulfilled with payouts, a second task refunded
// after its deadline, withdrawals, and decoded reverts. The tests run it on
// the embedded dev chain and on a real `geth --dev` process.
package lifecycle
