// Package receiptverifier deploys and drives the on-chain receipt verifier
// (chain/contracts/src/ReceiptVerifier.sol), the contract a requester names
// as the verifier of its quote so that Aoraki's fulfill only succeeds with a
// composite receipt that proves the result on-chain.
//
// # What the contract checks
//
// Aoraki calls verifyReceipt(taskId, resultDigest, proof) during fulfill. The
// proof is abi.encode(TaskQuote, ReceiptSegment[]) (EncodeProof builds it
// from the quote and a receipt.CompositeReceipt):
//
//	quote    10 words: Aoraki's Quote, field for field
//	offset   1 word (0x160), then the segment count n
//	segment  16 words each: family id (keccak256 of the family name),
//	         programId, stateIn, stateOut, the 8 words of A, B, C, the
//	         2 words of the BSB22 commitment and 2 of its proof of knowledge
//	         (gnark's Proof.MarshalSolidity; the last 4 zero for circuits
//	         without a commitment)
//
// The receipt is valid when the quote's EIP-712 digest (asked of Aoraki) is
// taskId, so the quote's program id is the task's; every segment names the
// same registered family and that program id; the first StateIn is the
// family's fixed initial state (dtree: a constant) or, for families whose
// initial state depends on the input (hashchain: the commitment to the
// seed), the state the quote's requester pinned with PinInitialState
// (once, before submitting the task);
// every StateOut is the next StateIn; the last StateOut is resultDigest;
// and every seal verifies under the family's key exactly as gnark v0.16's
// exported Solidity verifier (VerifyingKey.ExportSolidity) verifies it.
// Client.Check reports which of these failed (Verdict). The initial state
// matters: without it, a receipt that drops its first segments still ends at
// the right state.
//
// Equivalence with gnark's verifier is tested, not assumed: the chain
// package's tests run ReceiptVerifier and gnark's own exported verifiers of
// the keys of chain/contracts/testdata/receipts.json (real receipts written
// by TestChainFixture, which also checks that the committed exports are
// ExportSolidity's output) on honest and tampered seals, and require the
// same answer every time.
//
// # Why a generic verifier with keys as data
//
// gnark exports one contract per verifying key, with the key compiled in.
// A network runs its setup when it is deployed, so its keys are not known
// when `make contracts` runs solc, and deploying a network must not need
// Node.js. ReceiptVerifier is compiled once and takes keys at run time: the
// owner (the deployer) registers each family once, immutable afterwards;
// the key's 32 words (seal.SolidityKey: the very constants ExportSolidity
// would write) are checked to lie on their curves and stored as the code
// of a small data contract, read back with one EXTCODECOPY. Against the
// exported verifier this costs one cold account access and a 1 KiB copy
// per receipt (about 3k gas) and nothing measurable per segment: about 330k
// gas per segment with a commitment (dtree), 208k without (hashchain), where
// gnark's exported verifier takes 351k for one dtree proof in a transaction
// of its own; see BENCHMARKS.md. The alternative, gnark's exported
// contract per family compiled by `make contracts`, cannot serve families
// whose setup runs at deploy time.
//
// A pinned initial state is the requester's word: a requester who pins a
// wrong state makes an honest node unable to fulfill (and then refundable
// against its stake). Nodes therefore refuse to quote a task that names a
// verifier unless its family has a fixed initial state (dtree); having the
// node co-sign the pin would let hashchain tasks use a verifier too, and
// needs a change to the quote protocol.
//
// # Producing it for a new setup
//
// After the network's setup has produced every family's verifying key
// (setup.Store.Ensure), the deployer calls Deploy with the Aoraki address,
// then Register for each family with its name, key and fixed initial state
// (FixedInitialState gives it for the shipped programs). A later setup (new
// keys) is a new family name or a new ReceiptVerifier: registered keys never
// change. Requesters then put the verifier's address in their quotes, and
// the node passes EncodeProof(quote, composite) as fulfill's proof.
package receiptverifier
