// Package lifecycle is the end-to-end scenario of the Aoraki contract driven
// through the Go stack (deploy, txmgr, watcher, eip712) against any
// JSON-RPC chain: deploy, register three nodes, a task quoted, submitted,
// refused with its own node's attestation, attested by a quorum of the other
// two and fulfilled with payouts, a second task refunded after its deadline
// with a slash of its price that takes the node out of the verifier set,
// withdrawals, and decoded reverts. The tests run it on
// the embedded dev chain and on a real `geth --dev` process.
package lifecycle
