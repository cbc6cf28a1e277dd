// Package aggregate makes a succinct receipt: one Groth16 proof that a
// whole chain of segment proofs holds, verified at the cost of one pairing
// check whatever the number of segments.
//
// # The tree
//
// A task of n segments is aggregated by a binary tree of join proofs
// (Plan): leaf joins verify two consecutive segment seals of one family
// (LeafCircuit, the family's key a circuit constant, so each segment
// family has its own leaf family, LeafName), node joins verify two
// consecutive joins (NodeCircuit, one family for all, NodeName), each
// child under the leaf key or the node key, both witnesses bound by their
// digests to the statement. Every join proves a Statement: the key set of
// its tree, the program, the task, both ends of the state chain and of the
// input chain, the binding chain of its segments (each segment's binding
// of task, prover and price, which the leaf join checks against the task
// with keccak in the circuit, folded in order with Poseidon) and the
// segment count; its one public input is the statement's Poseidon2 digest,
// which a parent join recomputes for a few hundred constraints. The last
// job, the wrap (WrapCircuit, one family for all), verifies the tree's
// root and states the same statement under its ChainDigest (SHA-256,
// which Ethereum has as a precompile; about 250k constraints in a circuit,
// so it is hashed once a task, not in every join); it is the proof a
// succinct receipt carries. The root's statement is rebuilt by the
// verifier from the task it expects and the receipt's payees
// (Receipt.Verify), so the one proof checks the program, the chain ends,
// the input digest, the task and every prover and price.
//
// # Which recursion path, and why
//
// BN254 proofs verified in BN254 circuits (field arithmetic emulated), a
// uniform binary tree. Measured on the 2-vCPU development box (BENCHMARKS.md,
// "Aggregation"): the leaf join of hashchain segments is 2,494,056
// constraints and proves in 77 CPU-seconds within 5.1 GB; the node join,
// whose children's keys are witnesses, is 4,706,256 constraints. A
// BLS12-377 proof verified natively in BW6-761 is 25 to 50 times cheaper
// (two committed segment verifiers: 72,981 constraints with the key a
// constant), so the BLS12-377 -> BW6-761 -> BN254 path (Vocdoni, Linea)
// costs far less proving for large tasks, at the price of a wrap (a
// BW6-761 verifier emulated in BN254, ~10.9M constraints, not attempted
// here) and of moving every program family to BLS12-377, after which a
// composite receipt (which must stay available, and which the Solidity
// ReceiptVerifier checks) could no longer be verified on Ethereum. This
// package takes the BN254 path first: segment circuits are unchanged (one
// prover option, seal.ForRecursion), every join is itself a BN254 Groth16
// proof that Ethereum can verify (no wrap job), and each job fits a home
// machine. gnark v0.16.2 also cannot compile a constant BW6-761 key in
// BN254 (BenchmarkPathWrap keeps that key a witness).
//
// BenchmarkPathBN254, BenchmarkPathBW6, BenchmarkPathWrap and
// BenchmarkPathBN254Join measure the verifier circuits of each path
// (compile only by default; AGG_FULL=1 sets up and proves).
//
// # Tests and setup cost
//
// Join artifacts are content-addressed in the setup store like the
// segment families' (setup.Ensure; development setups, NOT a ceremony).
// TestJoinCircuits (compile and constraint checks of both real joins
// against real proofs, no setup) runs in `go test`. TestSuccinctLeafRoot
// (a real two-segment receipt: the leaf join's setup once per machine,
// about 20 CPU-minutes, then a proof) runs with ZKPOOL_AGGREGATE_FULL=leaf;
// the three-segment tests that also set up the node join run with
// ZKPOOL_AGGREGATE_FULL=1 (`make test-aggregate`).
//
// # Commitments
//
// A Groth16 proof with a BSB22 commitment hashes the commitment to the
// field either with keccak (the Solidity verifier) or with gnark's
// recursion hash (an in-circuit verifier), not both. Segment seals meant
// for aggregation are proven with seal.ForRecursion (verified off chain by
// VerifySegment), and so is every join but the root (the join circuits
// themselves have a commitment, from the emulated arithmetic's range
// checks). A task's wrap is verified by no circuit: it is proven for the
// Solidity verifier (ProveRoot, VerifyRoot), so the one proof of a
// succinct receipt is checked the same way off chain and on Ethereum.
//
// # Seals of two commitments (dtree/v2)
//
// A dtree/v2 segment carries two BSB22 commitments (the model's, then
// its lookups'), and gnark v0.16's in-circuit verifier takes at most one.
// The leaf join of such a family verifies its children with twoCommit
// (twocommit.go): gnark's native check rebuilt in the circuit, with the
// two proofs of knowledge folded under gnark's challenge (SHA-256
// expand_message_xmd in the circuit). One such seal costs 2.37M
// constraints (1.11M the Groth16 pairing, 0.65M the folded proof of
// knowledge, 0.12M its scalar multiplication), so the leaf of a v2 family
// is 4.67M against 3.40M for the same family hashed (dtree/v1). Its
// statement names the program by the keccak256 hash of the model
// commitment (computed in the circuit), the id the task and its quote
// carry, while the seals, proven for recursion, state the recursion hash
// of the same commitment (StatementProgram).
//
// # On chain
//
// chain/contracts/src/SuccinctVerifier.sol (driven by
// node/receiptverifier's SuccinctClient) rebuilds the root statement from
// the quote, the task id, the result, the family's registered key set,
// initial state and input, the pay word (PayWord) and the segment count,
// hashes it with the SHA-256 precompile and makes one Groth16 check with a
// commitment under the wrap key: about 330k gas whatever the segment count
// (BENCHMARKS.md). It needs no
// payees: the leaf joins check every segment's binding against the task
// the statement names, so the pay word only says who is paid,
// which the attesting nodes check against the payouts off chain (as for a
// composite receipt, whose verifier does not see the payouts either).
// Until join/v2 the statement did not name the task, there was no wrap,
// and the contract refolded the payees' bindings with Poseidon2 in
// Solidity and hashed the statement with it: 11k gas a segment more, 476k
// for 5 segments and 1.16M for 64. Costs of the change (compile counts,
// BENCHMARKS.md): the leaf checks each segment's binding with keccak256 in
// the circuit (about 130k to 200k constraints a segment), the node join is
// unchanged (one more statement value), and the wrap (2.72M constraints)
// is one more proof a task. Hashing every join's statement with SHA-256
// instead, without a wrap, would have cost each node join 0.74M (15%)
// and pushed its setup past this machine's 24 GiB (it peaks near 23 GB
// at 4.7M constraints).
//
// # Local aggregation
//
// Aggregator proves a whole tree on one machine (`zkpool prove --local
// --succinct`): it checks every segment first (VerifySegments: order,
// links, task, program, seals) so that a refused task costs no join setup,
// proves the joins one at a time, and releases the leaf family before
// loading the node family.
//
// # Aggregation as market work: what it still needs
//
// Today the joins of a task run on one machine (Aggregator, above); issue
// 10 asks for them to be sold on the segment market, proven by provers in
// parallel. The pieces this package gives that work are Plan (the jobs
// and their children, in an order where children come first), the
// assignments (LeafAssignment, NodeAssignment, WrapAssignment: each takes
// the prover and price it binds), Join's exact encoding and VerifyJoin. What the network side needs, found while measuring the
// joins:
//
//   - Built: every join and the wrap bind their prover and price, as a
//     segment seal does (receipt.Binding of task, prover and price). A
//     join's statement is otherwise a function of its public children, so
//     the node that receives a prover's join could list it as its own in
//     the payouts. A statement's Jobs is a tree hash of its joins' own
//     bindings (a leaf's own binding; a node's Compress(Compress(left,
//     right), own): siblings do not wait for each other's awards), and the
//     wrap states the pay word Compress(Compress(BindOut, Jobs), its own)
//     where the chain reads the binding chain's end (PayWord). A receipt
//     lists the aggregators (Receipt.Aggregators, Plan order, the wrap's
//     last); re-labelling any of them, or changing a price, gives another
//     pay word, which the proof does not prove. Cost: two Poseidon2
//     compressions a node join and the wrap (372 constraints).
//   - Announcements and bids need a job kind (leaf, node, wrap), and a
//     prover's capacity the kinds it takes: a join needs 5 to 13 GB and
//     70 to 140 CPU-seconds on two cores, a segment well under 1 GB and a
//     second; a prover that cannot hold a join's keys must not win one.
//   - A join's "witness" is its children (segment receipts or joins), a
//     blob the node stores and announces once they are all proven; its
//     keys (2.3 GB proving keys) are fetched by CID once per prover and
//     kept, like a segment family's.
//   - Verifiers attest to the root, not only the composite receipt, and
//     the payouts pay the join provers from the task's price, which the
//     quote must then cover (a quote naming the SuccinctVerifier).
//
// # Bytes from peers
//
// Joins and succinct receipts decode from exactly-sized encodings
// (JoinLen; a receipt's length follows from its segment count) before any
// gnark decoder runs, and every digest must be a canonical field element.
package aggregate
