// Package testcontracts holds Go bindings (generated) for the small contracts of
// src/TestHooks.sol that the tests use to exercise Aoraki's hooks: requester
// verifier contracts, callbacks and a payee that refuses ether; and for gnark's
// exported Groth16 verifiers of the two keys of ../testdata/receipts.json
// (src/GnarkDtreeVerifier.sol, src/GnarkHashchainVerifier.sol, written by
// node/receiptverifier's TestChainFixture), the reference ReceiptVerifier is
// compared with. Nothing outside tests deploys them.
package testcontracts
