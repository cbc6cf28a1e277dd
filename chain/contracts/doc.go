// Package contracts holds the Aoraki contract: its Solidity source (src/), the
// artifacts compiled by the pinned solc (build/), the abigen v2 Go bindings
// (aoraki.go, generated) and the decoding of its custom errors into Go errors.
// It also holds ReceiptVerifier (src/ReceiptVerifier.sol, receiptverifier.go),
// the requester verifier contract that checks a composite receipt of the
// dtree and hashchain programs on-chain: one generic Groth16 verifier whose
// verifying keys are registered per circuit family at deploy time, so that a
// network whose setup runs when it is deployed needs no Solidity compiler
// (node/receiptverifier deploys and drives it; its doc describes the proof
// layout). Package testcontracts holds bindings for contracts used only by
// tests, among them gnark's own exported verifier of the hashchain key of
// testdata/receipts.json, against which ReceiptVerifier is checked (for the
// dtree/v2 key, of two commitments, it is checked against gnark's Go
// verifier: gnark v0.16's export gets two commitments wrong).
//
// src/Poseidon2.sol is the library that recomputes, on chain, the prover's
// Poseidon2 Hash and Compress (prover/poseidon); internal/genposeidon
// writes it from gnark-crypto's parameters (go generate runs it first) and
// the tests check it against the prover on the embedded chain. No deployed
// contract uses it since join/v2: SuccinctVerifier (src/SuccinctVerifier.sol),
// which checks a succinct receipt, one join proof for a whole task, hashes
// the statement with the SHA-256 precompile (90k gas less than Poseidon2
// here) and no longer refolds the payees' bindings; it is kept, with its
// tests and gas figures, for contracts that must hash as the circuits do.
// SuccinctVerifier's binding is package succinctverifier (it redeclares
// TaskQuote).
package contracts
