// Package receipt defines what a proven segment and a proven task look like,
// how they are encoded, and how they are verified (DESIGN.md §4, §11).
//
// A Claim states that the circuit family Family, for segment Index, under
// ProgramID (for dtree a hash of the model's commitment) takes the state chain from StateIn to
// StateOut and the input chain from InputIn to InputOut. The state chain
// commits to what the task computes (dtree: the predictions); the input
// chain commits to what it reads (dtree: every sample, padding included), so
// its final value is the task's input digest, the value the requester's
// quote names. Each seal also proves a Binding: keccak256 of the task id,
// the prover's address and the price it was awarded (abi-encoded as
// bytes32, address, uint96), reduced into the field. The seal's public
// inputs are therefore (ProgramID, StateIn, StateOut, InputIn, InputOut,
// Binding), in that order, for every program.
//
// Because the binding is inside the proof, nobody but a party holding the
// witness can re-label a seal: a node cannot pay a prover's segment to
// itself or at another price without proving the segment itself, and a
// seal cannot be replayed in another task or claimed by another prover.
//
// A SegmentReceipt is a claim, the task, the prover and its price, and the
// seal (a Groth16 proof over BN254, proven for the Solidity verifier). A
// CompositeReceipt is the ordered list of segment receipts of one task; it
// verifies when every seal verifies under the family's verifying key with
// its binding, every claim names the expected task, family and program,
// indices run 0..n-1, both chains link (each StateOut/InputOut is the next
// StateIn/InputIn), both chains start where the task starts and end where
// the journal and the input imply.
//
// Seals are decoded by DecodeSeal with an exact length and layout before any
// gnark code sees them: a seal is at most a few hundred bytes and every
// field is checked (canonical coordinates, points on the curve and in the
// subgroup, the commitment count the verifying key has), so hostile bytes
// cost a few microseconds and no allocation beyond their own length.
//
// Callers: provers verify their own seal before delivery; the Aoraki node
// verifies each arriving receipt and the composite; verifiers and
// requesters verify the composite independently.
//
// Encoding (all integers big-endian, lengths as uvarint):
//
//	composite := "ZKRC" version(1 byte = 2) task(32) count(uvarint) body*
//	segment   := "ZKRS" version(1 byte = 2) task(32) body
//	body      := len(family) family index(u32) programID(32) stateIn(32)
//	             stateOut(32) inputIn(32) inputOut(32) prover(20) price(12)
//	             len(seal) seal
package receipt
