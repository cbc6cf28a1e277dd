// Package testcontracts holds Go bindings (generated) for the small contracts of
// src/TestHooks.sol that the tests use to exercise Aoraki's hooks: requester
// verifier contracts, callbacks, a payee that refuses ether and Poseidon2Harness
// (with Poseidon2, the library's errors), which exposes src/Poseidon2.sol; and for gnark's
// exported Groth16 verifiers of the two keys of ../testdata/receipts.json
// (src/GnarkDtreeVerifier.sol, src/GnarkHashchainVerifier.sol, written by
// node/receiptverifier's TestChainFixture), the reference ReceiptVerifier is
// compared with. Nothing outside tests deploys them.
package testcontracts
