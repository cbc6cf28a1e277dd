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
//
//	0..1    alpha
//	2..13   -beta, -gamma, -delta (4 each: x1, x0, y1, y0)
//	14..21  Pedersen G and the first commitment's G·(-sigma)
//	22..35  K0, then one K per public input (receipt.Publics)
//	36..37  K of the first commitment's hash
//	38..39  K of the second commitment's hash
//	40..43  the second commitment's G·(-sigma)
//
// The words of a commitment the key does not have are zero (a real point
// is never zero), so the commitment count is the number of nonzero
// commitment-hash Ks: words 38..43 are zero for a key with one commitment,
// words 14..21 and 36..43 for a key with none (hashchain); dtree/v2 keys
// have two. Both commitments share G (gnark's setup draws one G and a
// sigma per commitment).
const KeyWords = 22 + 2*(receipt.Publics+1) + 2*receipt.MaxCommitments + 4

// ProofWords is a seal in the calldata form of the on-chain receipt
// verifier: A, B as (x1, x0, y1, y0), C (the first eight words of gnark's
// Proof.MarshalSolidity); the BSB22 commitments, two words each, zero where
// the seal has fewer than two; their folded proof of knowledge (zero for a
// seal without commitment, such as hashchain's).
type ProofWords struct {
	Proof       [8]*big.Int
	Commitments [2 * receipt.MaxCommitments]*big.Int
	Pok         [2]*big.Int
	// N is the number of commitments the seal carries.
	N int
}

// SolidityProof decodes a seal into the words the on-chain verifier takes.
// The seal's length says how many commitments it carries (0, 1 or 2); the
// decoder checks the rest exactly, without gnark's decoders.
func SolidityProof(s []byte) (ProofWords, error) {
	var out ProofWords
	nc := -1
	for n := 0; n <= receipt.MaxCommitments; n++ {
		if len(s) == receipt.SealLen(n) {
			nc = n
		}
	}
	if nc < 0 {
		return out, fmt.Errorf("%w: seal of %d bytes, a program seal has %d + 64 per commitment (at most %d)",
			ErrSolidity, len(s), receipt.SealBase, receipt.MaxCommitments)
	}
	bp, err := receipt.DecodeSealCommitments(s, nc)
	if err != nil {
		return out, fmt.Errorf("%w: %v", ErrSolidity, err)
	}
	// MarshalSolidity: A, B, C (8 words), then, with commitments, each
	// commitment (2 words) and the proof of knowledge (2 words).
	raw := bp.MarshalSolidity()
	word := func(i int) *big.Int { return new(big.Int).SetBytes(raw[i*fp.Bytes : (i+1)*fp.Bytes]) }
	for i := range out.Proof {
		out.Proof[i] = word(i)
	}
	for i := range out.Commitments {
		out.Commitments[i] = new(big.Int)
		if i < 2*nc {
			out.Commitments[i] = word(8 + i)
		}
	}
	out.Pok = [2]*big.Int{new(big.Int), new(big.Int)}
	if nc > 0 {
		out.Pok = [2]*big.Int{word(8 + 2*nc), word(9 + 2*nc)}
	}
	out.N = nc
	return out, nil
}

// SolidityKey turns a family's verifying key into the KeyWords words the
// on-chain receipt verifier stores (see KeyWords for the layout). The words
// for the first commitment are exactly the constants gnark's
// VerifyingKey.ExportSolidity writes into its contract (PEDERSEN_G,
// PEDERSEN_GSIGMANEG, CONSTANT, PUB_i); gnark's export has no constant for
// the second commitment's G·(-sigma) (its verifier checks only the first
// commitment's proof of knowledge, which a two-commitment proof, whose
// proof of knowledge is folded, fails), so that word comes from the key's
// second commitment key.
//
// The key must be for receipt.Publics public inputs and have no
// commitment (hashchain), one over private wires alone (dtree/v1), or
// two where the first is over private wires alone and the second over
// private wires and the first's output, which it then hashes after its own
// point (dtree's committed model: the model's commitment, then the
// lookups', which commit the model's words again and so, in gnark, commit
// the first commitment instead). A commitment over a public input, more
// than two commitments, or a second commitment that does not commit the
// first's output is refused.
func SolidityKey(vk groth16.VerifyingKey) ([KeyWords]*big.Int, error) {
	var out [KeyWords]*big.Int
	k, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return out, fmt.Errorf("%w: not a BN254 verifying key", ErrSolidity)
	}
	nc := len(k.CommitmentKeys)
	if err := segmentShape(k); err != nil {
		return out, err
	}
	w := keyWriter{out: out[:]}
	w.head(k, nc > 0)
	for _, p := range k.G1.K[:receipt.Publics+1] {
		w.g1(p)
	}
	// The commitments' hash Ks, then the second's G·(-sigma); zero where absent.
	for i := 0; i < receipt.MaxCommitments; i++ {
		if i < nc {
			w.g1(k.G1.K[receipt.Publics+1+i])
		} else {
			w.zero(2)
		}
	}
	if nc == 2 {
		w.g2(k.CommitmentKeys[1].GSigmaNeg)
	} else {
		w.zero(4)
	}
	return out, w.done()
}

// segmentShape checks that a segment key has one of the shapes SolidityKey
// accepts.
func segmentShape(k *groth16bn254.VerifyingKey) error {
	nc := len(k.CommitmentKeys)
	committed := k.PublicAndCommitmentCommitted
	switch {
	case nc > receipt.MaxCommitments:
		return fmt.Errorf("%w: key with %d commitments; the receipt verifier takes at most %d", ErrSolidity, nc, receipt.MaxCommitments)
	case len(committed) != nc || len(k.G1.K) != receipt.Publics+1+nc:
		return fmt.Errorf("%w: key for %d public values and %d commitments; want %d and %d", ErrSolidity,
			len(k.G1.K)-1-len(committed), nc, receipt.Publics, nc)
	case nc > 0 && len(committed[0]) != 0:
		return fmt.Errorf("%w: the first commitment is over public values %v; the receipt verifier takes commitments over private wires",
			ErrSolidity, committed[0])
	case nc == 2 && (len(committed[1]) != 1 || committed[1][0] != receipt.Publics+1):
		// gnark numbers the public values from 1 after the constant, then the commitments' hashes.
		return fmt.Errorf("%w: the second commitment is over public values %v; the receipt verifier takes it over the first's output (%d) alone",
			ErrSolidity, committed[1], receipt.Publics+1)
	case nc == 2 && !k.CommitmentKeys[1].G.Equal(&k.CommitmentKeys[0].G):
		return fmt.Errorf("%w: the two commitment keys have different G; their folded proof of knowledge needs one", ErrSolidity)
	}
	return nil
}

// JoinKeyWords is the number of words of a join verifying key (one public
// input, one commitment) in the layout of the on-chain succinct verifier
// (chain/contracts/src/SuccinctVerifier.sol): as KeyWords' first 22, then
// K0, K1 for the statement digest and K2 for the commitment hash.
const JoinKeyWords = 22 + 2*3

// SolidityJoinKey turns a join's verifying key (prover/aggregate: one
// public input, one commitment over no public input) into the
// JoinKeyWords words the on-chain succinct verifier stores, in
// SolidityKey's layout.
func SolidityJoinKey(vk groth16.VerifyingKey) ([JoinKeyWords]*big.Int, error) {
	var out [JoinKeyWords]*big.Int
	k, ok := vk.(*groth16bn254.VerifyingKey)
	if !ok {
		return out, fmt.Errorf("%w: not a BN254 verifying key", ErrSolidity)
	}
	if len(k.G1.K) != 3 || len(k.CommitmentKeys) != 1 || len(k.PublicAndCommitmentCommitted) != 1 ||
		len(k.PublicAndCommitmentCommitted[0]) != 0 {
		return out, fmt.Errorf("%w: key for %d public values and %d commitments (%v committed publics); want 1+1 and 1 over none",
			ErrSolidity, len(k.G1.K)-1, len(k.CommitmentKeys), k.PublicAndCommitmentCommitted)
	}
	w := keyWriter{out: out[:]}
	w.head(k, true)
	for _, p := range k.G1.K {
		w.g1(p)
	}
	return out, w.done()
}

// keyWriter writes a key's words in order.
type keyWriter struct {
	out []*big.Int
	i   int
}

func (w *keyWriter) put(e fp.Element) {
	w.out[w.i] = e.BigInt(new(big.Int))
	w.i++
}

func (w *keyWriter) zero(n int) {
	for ; n > 0; n-- {
		w.out[w.i] = new(big.Int)
		w.i++
	}
}

func (w *keyWriter) g1(p bn254.G1Affine) { w.put(p.X); w.put(p.Y) }

func (w *keyWriter) g2(p bn254.G2Affine) { w.put(p.X.A1); w.put(p.X.A0); w.put(p.Y.A1); w.put(p.Y.A0) }

// head writes alpha, -beta, -gamma, -delta and, when commits, the Pedersen
// G and the first commitment's G·(-sigma) (else 8 zero words): 22 words.
func (w *keyWriter) head(k *groth16bn254.VerifyingKey, commits bool) {
	neg := func(p bn254.G2Affine) bn254.G2Affine {
		var n bn254.G2Affine
		n.Neg(&p)
		return n
	}
	w.g1(k.G1.Alpha)
	w.g2(neg(k.G2.Beta))
	w.g2(neg(k.G2.Gamma))
	w.g2(neg(k.G2.Delta))
	if commits {
		w.g2(k.CommitmentKeys[0].G)
		w.g2(k.CommitmentKeys[0].GSigmaNeg)
	} else {
		w.zero(8)
	}
}

func (w *keyWriter) done() error {
	if w.i != len(w.out) {
		return fmt.Errorf("%w: wrote %d of %d key words", ErrSolidity, w.i, len(w.out))
	}
	return nil
}
