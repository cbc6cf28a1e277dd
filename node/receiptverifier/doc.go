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
//	segment  22 words each: family id (keccak256 of the family name),
//	         programId, stateIn, stateOut, inputIn, inputOut, prover
//	         (an address), price (a uint96), the 8 words of A, B, C
//	         (gnark's Proof.MarshalSolidity), 4 words for two BSB22
//	         commitments and 2 for their folded proof of knowledge (zero
//	         words for the commitments the family's circuit does not have:
//	         the last 6 for hashchain, the second commitment's 2 for a
//	         family of one; dtree/v2 has two: the model's, then the
//	         lookups')
//
// In this order (Client.Check reports the first failure as a Verdict, with
// the segment it concerns):
//
//   - the bytes are exactly that canonical encoding, and every prover and
//     price word is a clean address and uint96 (Malformed);
//   - the quote's EIP-712 digest (asked of Aoraki) is taskId (WrongTask),
//     so the quote's program id and input digest are the task's;
//   - every segment names the same registered family (UnknownFamily,
//     MixedFamilies) and the quote's program id (WrongProgram);
//   - the state chain starts at the family's fixed initial state (dtree: a
//     constant) or, for families whose initial state depends on the input
//     (hashchain: the commitment to the seed), at the state the quote's
//     requester pinned with PinInitialState, once, before submitting the
//     task (InitialStateUnknown, WrongInitialState); each StateOut is the
//     next StateIn (BrokenChain); the last StateOut is resultDigest
//     (WrongFinalState);
//   - the input chain starts at the family's fixed initial input (dtree: a
//     constant; zero for hashchain, whose chain is the quote's input digest
//     throughout) (WrongInitialState), each InputOut is the next InputIn
//     (BrokenChain), and the last InputOut is the quote's input digest
//     (WrongInput): the receipt reads exactly the input the requester paid
//     for, every sample and their number included;
//   - every seal carries exactly its family's count of commitments (0, 1
//     or 2, from the registered key: nonzero commitment and proof-of-
//     knowledge words where the count has them, zero words elsewhere) and
//     verifies under the family's key for the six public inputs (programId,
//     stateIn, stateOut, inputIn, inputOut, binding), where binding =
//     keccak256(abi.encode(taskId, prover, price)) mod r is computed on
//     chain (receipt.Binding off chain), as gnark v0.16's verifier checks a
//     proof made for the Solidity target (InvalidSeal). With no commitment
//     or one, that is word for word gnark's exported Solidity verifier
//     (VerifyingKey.ExportSolidity). With two (the second committing the
//     first's output, as dtree's committed model has them), each
//     commitment's keccak256 hash (the second's over its point and the
//     first's hash) is a public input and the proof of knowledge is folded
//     with gnark's challenge (RFC 9380 hash_to_field with SHA-256 of the
//     two hashes, DST "G16-BSB22"): one pairing of three pairs. gnark's
//     export gets two commitments wrong (it checks the folded proof of
//     knowledge against the first commitment alone, and reads the first's
//     hash from past its inputs), so that case follows gnark's Go verifier,
//     and the tests check it against real two-commitment proofs.
//
// The binding is what the seal proves about who made it for whom: a node
// cannot move a prover's segment to itself or another prover, change the
// price it was awarded, or replay the seals of one task in another (its own
// next task on the same input included); each is an InvalidSeal. The input
// chain is what closes the other gap: without it a receipt of the first 8
// samples of a 150-sample task, ending at its own state, passed every other
// check (the state chain starts right and ends at the result the node
// claims). The initial state matters too: without it, a receipt that drops
// its first segments still ends at the right state.
//
// Equivalence with gnark's verifier is tested, not assumed: the chain
// package's tests run ReceiptVerifier and gnark's verifier of the keys of
// chain/contracts/testdata/receipts.json (real receipts proven for tasks of
// that chain, written by TestChainFixture) on honest and tampered seals,
// with the binding computed independently for gnark's, and require the
// same answer every time. For hashchain's key that is gnark's own exported
// verifier (TestChainFixture checks the committed export is
// ExportSolidity's output); for dtree/v2's key, of two commitments, gnark's
// Go verifier for the Solidity target, since its export refuses every
// honest two-commitment seal (TestChainFixture fails when that export
// changes shape, so that the comparison with it can come back).
//
// Limits. The contract sees neither the payouts nor the journal: it proves
// that the receipt's provers and prices are those bound in the seals, not
// that fulfill pays them (Aoraki does not pass the payouts to the verifier;
// the attesting nodes check that every prover of the receipt is paid). For hashchain the input chain is the constant input
// digest and the step count is not visible on chain, so a prefix of a
// hashchain receipt ending at its own state verifies: this is one reason
// nodes refuse to quote a hashchain task that names a verifier (the other,
// below).
//
// # Why a generic verifier with keys as data
//
// gnark exports one contract per verifying key, with the key compiled in.
// A network runs its setup when it is deployed, so its keys are not known
// when `make contracts` runs solc, and deploying a network must not need
// Node.js. ReceiptVerifier is compiled once and takes keys at run time: the
// owner (the deployer) registers each family once, immutable afterwards;
// the key's 44 words (seal.SolidityKey: alpha; -beta, -gamma, -delta, the
// Pedersen G and the first commitment's G·(-sigma) as (x1, x0, y1, y0);
// K0..K8, the very constants ExportSolidity would write; the second
// commitment's G·(-sigma); zero words for absent commitments) are checked
// to lie on their curves and stored as the code of a small data contract,
// read back with one EXTCODECOPY. Against the exported verifier this costs
// one cold account access and a 1.4 KiB copy per receipt (about 3k gas)
// and nothing measurable per segment: about 390k gas per dtree/v2 seal
// (two commitments), 342k per seal of one commitment and 222k per
// hashchain seal, where gnark's exported verifier took 372k (one
// commitment, dtree/v1) and takes 249k for one proof in a transaction of
// its own; see BENCHMARKS.md.
// The alternative, gnark's exported contract per family compiled by
// `make contracts`, cannot serve families whose setup runs at deploy time.
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
// then Register for each family with its name, key, fixed initial state and
// fixed initial input (FixedInitialState and FixedInitialInput give them
// for the shipped programs); DeployFor does all of it. A later setup (new
// keys) is a new family name or a new ReceiptVerifier: registered keys never
// change. Requesters then put the verifier's address in their quotes, and
// the node passes EncodeProof(quote, composite) as fulfill's proof.
//
// # Succinct receipts
//
// SuccinctClient drives the sibling contract SuccinctVerifier.sol, which
// checks a succinct receipt (prover/aggregate: the root join of a task's
// aggregation tree, proven for Solidity) with one Groth16 verification.
// The proof bytes are abi.encode(TaskQuote, family id, the 12 seal words,
// the pay word, the segment count) (EncodeSuccinctProof): 25
// words whatever the segment count. The contract checks the exact length
// first, the quote against the task id, the family (registered by the
// owner with both join keys, the key set digest their trees name, a fixed
// initial state and initial input), then rebuilds the root statement: the
// key set, the quote's program, the task id mod r, the initial state, the
// result, both ends of the input chain, the binding chain from zero to the
// given pay word (aggregate.PayWord: the segments' binding chain, the
// joins' and the wrap's own provers' bindings), and the count; its SHA-256 digest mod r is the proof's one
// public input, under the leaf key for one or two segments and the node
// key for more (one pairing call: the commitment's proof of knowledge is
// weighted into the Groth16 equation by a hash of the seal). The payees are
// not sent: the leaf joins check each segment's binding (keccak256 of task,
// prover, price, mod r) against the task the statement names, so the
// proof holds for this task only; the pay word says who is
// paid, which the attesting nodes check against the payouts, as for
// composite receipts. Verdicts are SuccinctVerdict. About 330k gas for
// every segment count; see BENCHMARKS.md.
package receiptverifier
