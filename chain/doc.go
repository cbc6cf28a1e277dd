// Package chain is the Ethereum side of the network: the Aoraki contract, its
// compiled artifacts and Go bindings, an embedded development chain,
// deployment, a transaction manager and a reorg-safe event watcher. It
// imports only protocol (for the EIP-712 typed data).
//
// # The contract
//
// Aoraki (contracts/src/Aoraki.sol, Solidity 0.8.37, EVM "osaka") holds
// the money of the network. Nodes register with a stake; the registered,
// active nodes are the verifier set. A requester opens a task by submitting a
// node's EIP-712 Quote with exactly the quoted price; the task id is the
// quote's digest. Each task is in one of three states after it opens:
//
//	submitTask(quote, nodeSig) + price
//	             │
//	             ▼
//	           Open ──── fulfill(...) before the proving deadline ───▶ Fulfilled
//	             │        (quorum of verifier attestations, payouts ≤ price,
//	             │         requester verifier contract accepts the proof)
//	             │
//	             └────── refund(taskId) after the deadline ──────────▶ Refunded
//	                      (price + a slice of the node's stake to the requester)
//
// Fulfilled and Refunded are final. All money moves to pull-payment balances
// (withdraw). A node's life is None → Active (registerNode) → Exiting
// (requestDeregistration: it leaves the verifier set and takes no tasks) →
// None (completeDeregistration, after the delay and once it has no open
// task; its stake goes to its balance). The quorum is ⌈n·num/den⌉ of the n
// active nodes (2/3 by default), at least one. Attestations are 65-byte
// signatures sorted by strictly increasing signer, so duplicates fail in one
// pass. Every rejection is a custom error (contracts.DecodeError turns it
// into a *contracts.RevertError that carries the error's NatSpec notice);
// every state change emits an event; every external entry point is guarded
// against re-entry; no function loops over storage.
//
// # Packages
//
//   - contracts: Solidity sources (src/), the pinned solc toolchain
//     (package.json, compile.js), committed artifacts (build/) and abigen v2
//     bindings; `make contracts` regenerates them and a test fails on drift.
//     contracts/testcontracts: bindings of the small hook contracts the tests use.
//   - aoraki: the Go client of a deployed contract: calls through txmgr,
//     views, typed events. What node/, provers and requesters use.
//   - devchain: the embedded dev chain (node + eth + simulated beacon) with
//     Osaka rules, HTTP and WebSocket on loopback, a data dir, dev keys.
//   - deploy: deploys Aoraki; network: reads and writes network.json.
//   - txmgr: one sender per key: nonces, EIP-1559 fees, gas margin, bumps,
//     confirmations, decoded reverts.
//   - watcher: confirmed logs exactly once per (tx, log index), paged
//     eth_getLogs, head subscriptions, a caller-provided cursor, reorg retraction.
//   - keys: go-ethereum's encrypted keystore; keys never printed.
//   - lifecycle: the end-to-end scenario, run on the embedded chain and on
//     a real geth --dev.
//
// EIP-712 typed data (Quote, Attestation, payouts hash, signing and
// recovery) lives in protocol/eip712, shared with the peers that sign off chain.
//
// Dial connects to any JSON-RPC endpoint (ws, http or an IPC path).
package chain
