// Package receipt defines what a proven segment and a proven task look like,
// how they are encoded, and how they are verified (DESIGN.md §4).
//
// A Claim states that the circuit family Family, for segment Index, takes
// StateIn to StateOut under ProgramID (for dtree the model hash). These
// three values are the circuit's only public inputs. A SegmentReceipt is a
// claim plus its seal (a Groth16 proof over BN254, proven for the Solidity
// verifier) and the prover's Ethereum address. A CompositeReceipt is the
// ordered list of segment receipts of one task; it verifies when every seal
// verifies under the family's verifying key, every claim names the expected
// family and program, indices run 0..n-1, each StateOut equals the next
// StateIn, the first StateIn is the task's initial state and the last
// StateOut is the state the journal implies.
//
// Callers: provers verify their own seal before delivery; the Aoraki node
// verifies each arriving receipt and the composite; verifiers and
// requesters verify the composite independently.
//
// Encoding (all integers big-endian, lengths as uvarint):
//
//	composite := "ZKRC" version(1 byte = 1) count(uvarint) segment*
//	segment   := len(family) family index(u32) programID(32) stateIn(32)
//	             stateOut(32) prover(20) len(seal) seal
package receipt
