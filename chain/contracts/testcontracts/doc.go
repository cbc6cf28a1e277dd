// Package testcontracts holds Go bindings (generated) for the small contracts of
// src/TestHooks.sol that the tests use to exercise Aoraki's hooks: requester
// verifier contracts, callbacks, a payee that refuses ether and Poseidon2Harness
// (with Poseidon2, the library's errors), which exposes src/Poseidon2.sol; and for gnark's
// exported Groth16 verifier of the hashchain key of ../testdata/receipts.json
// (src/GnarkHashchainVerifier.sol, written by node/receiptverifier's
// TestChainFixture), a reference ReceiptVerifier is compared with. The
// fixture's dtree/v2 key has two commitments, which gnark v0.16's export
// gets wrong, so ReceiptVerifier is compared with gnark's Go verifier for
// it. Nothing outside tests deploys them.
package testcontracts
