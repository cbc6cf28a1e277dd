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
// its tree, the program, both ends of the state chain and of the input
// chain, the binding chain of its segments (each segment's binding of
// task, prover and price, folded in order with Poseidon) and the segment
// count; its one public input is the statement's digest. The root's
// statement is rebuilt by the verifier from the task it expects and the
// receipt's payees (Receipt.Verify), so the one proof checks the program,
// the chain ends, the input digest, the task and every prover and price.
//
// # Which recursion path, and why
//
// BN254 proofs verified in BN254 circuits (field arithmetic emulated), a
// uniform binary tree. Measured on the 2-vCPU development box (see
// BENCHMARKS.md, "Aggregation"): the leaf join of hashchain segments is
// 2.49M constraints, the node join about the same; each sets up, proves
// and fits in memory on that machine. The alternatives:
//
//   - BLS12-377 segments aggregated in BW6-761 (~19-30k constraints a
//     verifier) then wrapped into BN254: the joins are cheap, but the wrap
//     (a BW6-761 verifier emulated in BN254, ~10.9M constraints for
//     Vocdoni's) is about four times a join, a job whose setup and proof
//     were not attempted on this machine; and segments would move off
//     BN254, so a composite
//     receipt (which must stay available, and is what the Solidity
//     ReceiptVerifier checks) could no longer be verified on Ethereum.
//     gnark v0.16.2 also cannot compile a constant BW6-761 key in BN254
//     (BenchmarkPathWrap keeps the key a witness).
//   - BN254 in BN254 keeps the segment proofs exactly as they are (one
//     prover option changes: seal.ForRecursion), every join is itself a
//     BN254 Groth16 proof that Ethereum can verify, no wrap job is needed,
//     and each job is small enough for a home prover.
//
// BenchmarkPathBN254, BenchmarkPathBW6, BenchmarkPathWrap and
// BenchmarkPathBN254Join measure the verifier circuits of each path
// (compile only by default; AGG_FULL=1 sets up and proves).
//
// # Commitments
//
// A Groth16 proof with a BSB22 commitment hashes the commitment to the
// field either with keccak (the Solidity verifier) or with gnark's
// recursion hash (an in-circuit verifier), not both. Segment seals meant
// for aggregation are proven with seal.ForRecursion (verified off chain by
// VerifySegment), and so is every join (the join circuits themselves have
// a commitment, from the emulated arithmetic's range checks).
//
// # Bytes from peers
//
// Joins and succinct receipts decode from exactly-sized encodings
// (JoinLen; a receipt's length follows from its segment count) before any
// gnark decoder runs, and every digest must be a canonical field element.
package aggregate
