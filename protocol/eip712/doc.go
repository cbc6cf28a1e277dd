// Package eip712 is the typed data that the Aoraki contract checks: a node's
// Quote (whose digest is also the task id) and a verifier's Attestation of a
// task's result. It computes struct hashes and digests for a domain
// {name, version, chainId, verifyingContract}, signs digests with an ECDSA
// key and recovers signers, refusing malleable (high-s) and malformed
// signatures exactly as the contract does.
//
// The encodings match Aoraki.sol bit for bit (tested against the contract's
// own quoteDigest, attestationDigest and payoutsHash views):
//
//	Quote(address node,address requester,bytes32 programId,bytes32 inputDigest,
//	      uint96 price,uint64 provingDeadline,uint64 expiry,uint256 nonce,
//	      address verifier,address callback)
//	Attestation(bytes32 taskId,bytes32 resultDigest,bytes32 receiptDigest,bytes32 payoutsHash)
//
// payoutsHash is keccak256 over the payouts, each encoded as two 32-byte
// words (address, amount), concatenated in order. inputDigest, resultDigest
// and receiptDigest are sha2-256 digests of the blobs; the CIDv1 (raw codec,
// sha2-256) of a blob is derived from its digest.
package eip712
