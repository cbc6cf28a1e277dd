package seal

import (
	"fmt"
	"math/big"

	bn254 "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fp"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"

	"github.com/zkpool/aoraki/prover/receipt"
)

// KeyWords is the number of words of a verifying key in the layout of the
// on-chain receipt verifier (chain/contracts/src/ReceiptVerifier.sol):
// alpha (2), -beta, -gamma, -delta, Pedersen G, G·(-sigma) (4 each), then
// K0 and one K per public input (receipt.Publics) and K for the commitment
// hash (2 each).
const KeyWords = 22 + 2*(receipt.Publics+2)

// ProofWords is a seal in the calldata form of gnark's exported Solidity
// verifier (Proof.MarshalSolidity): A, B as (x1, x0, y1, y0), C; the BSB22
// commitment; its proof of knowledge (both zero for a circuit without a
// commitment, such as hashchain's).
type ProofWords struct {
	Proof      [8]*big.Int
	Commitment [2]*big.Int
	Pok        [2]*big.Int
}

// SolidityProof decodes a seal into the words the on-chain verifier takes.
func SolidityProof(s []byte) (ProofWords, error) {
	var out ProofWords
	// The length says the commitment count (0 or 1); the decoder checks
	// the rest exactly, without gnark's decoders.
	nc := 0
	if len(s) == receipt.SealLen(1) {
		nc = 1
	}
	bp, err := receipt.DecodeSealCommitments(s, nc)
	if err != nil {
		return out, fmt.Errorf("%w: %v", ErrSolidity, err)
	}
	// Without a commitment the calldata is A, B, C alone: the rest stays zero.
	raw := make([]byte, 12*fp.Bytes)
	copy(raw, bp.MarshalSolidity())
	word := func(i int) *big.Int { return new(big.Int).SetBytes(raw[i*fp.Bytes : (i+1)*fp.Bytes]) }
	for i := range out.Proof {
		out.Proof[i] = word(i)
	}
	out.Commitment = [2]*big.Int{word(8), word(9)}
	out.Pok = [2]*big.Int{word(10), word(11)}
	return out, nil
}

// SolidityKey turns a family's verifying key into the KeyWords words the
// on-chain verifier stores: alpha; -beta, -gamma, -delta, the Pedersen G
// and G·(-sigma), each as (x1, x0, y1, y0); K0..K7. These are exactly the
// constants gnark's VerifyingKey.ExportSolidity writes into its contract.
// The key must be for receipt.Publics public inputs and at most one
// commitment, over no public input (dtree's circuits have one, hashchain's
// none); without one, the Pedersen words and the last K are zero.
func SolidityKey(vk groth16.VerifyingKey) ([KeyWords]*big.Int, error) {
	var out [KeyWords]*big.Int
	err := solidityKey(vk, receipt.Publics, true, out[:])
	return out, err
}

// JoinKeyWords is the number of words of a join verifying key (one public
// input, one commitment) in the layout of the on-chain succinct verifier
// (chain/contracts/src/SuccinctVerifier.sol): as KeyWords, with K0, K1 for
// the statement digest and K2 for the commitment hash.
const JoinKeyWords = 22 + 2*3

// SolidityJoinKey turns a join's verifying key (prover/aggregate: one
// public input, one commitment over no public input) into the
// JoinKeyWords words the on-chain succinct verifier stores, in
// SolidityKey's layout.
func SolidityJoinKey(vk groth16.VerifyingKey) ([JoinKeyWords]*big.Int, error) {
	var out [JoinKeyWords]*big.Int
	err := solidityKey(vk, 1, false, out[:])
	return out, err
}

// solidityKey writes vk's words into out for a key of publics public
// inputs and one commitment over none, or (when plainOK) none.
func solidityKey(vk groth16.VerifyingKey, publics int, plainOK bool, out []*big.Int) error {
	k, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return fmt.Errorf("%w: not a BN254 verifying key", ErrSolidity)
	}
	plain := plainOK && len(k.G1.K) == publics+1 && len(k.CommitmentKeys) == 0 && len(k.PublicAndCommitmentCommitted) == 0
	committed := len(k.G1.K) == publics+2 && len(k.CommitmentKeys) == 1 && len(k.PublicAndCommitmentCommitted) == 1 &&
		len(k.PublicAndCommitmentCommitted[0]) == 0
	if !plain && !committed {
		return fmt.Errorf("%w: key for %d public values and %d commitments (%v committed publics); want %d+1 and 1 over none (or, for a segment, %d and none)",
			ErrSolidity, len(k.G1.K)-1, len(k.CommitmentKeys), k.PublicAndCommitmentCommitted, publics, publics)
	}
	i := 0
	put := func(e fp.Element) {
		out[i] = e.BigInt(new(big.Int))
		i++
	}
	g2 := func(p bn254.G2Affine) { put(p.X.A1); put(p.X.A0); put(p.Y.A1); put(p.Y.A0) }
	neg := func(p bn254.G2Affine) bn254.G2Affine {
		var n bn254.G2Affine
		n.Neg(&p)
		return n
	}
	put(k.G1.Alpha.X)
	put(k.G1.Alpha.Y)
	g2(neg(k.G2.Beta))
	g2(neg(k.G2.Gamma))
	g2(neg(k.G2.Delta))
	if committed {
		g2(k.CommitmentKeys[0].G)
		g2(k.CommitmentKeys[0].GSigmaNeg)
	} else {
		var zero bn254.G2Affine
		g2(zero)
		g2(zero)
	}
	for _, p := range k.G1.K {
		put(p.X)
		put(p.Y)
	}
	for i < len(out) {
		out[i] = new(big.Int)
		i++
	}
	return nil
}
