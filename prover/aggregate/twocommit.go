package aggregate

import (
	"errors"
	"fmt"

	"github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend/groth16"
	groth16bn254 "github.com/consensys/gnark/backend/groth16/bn254"
	"golang.org/x/crypto/sha3"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark/frontend"
	"github.com/consensys/gnark/std/algebra"
	"github.com/consensys/gnark/std/algebra/algopts"
	"github.com/consensys/gnark/std/algebra/emulated/sw_bn254"
	"github.com/consensys/gnark/std/hash/expand"
	stdsha3 "github.com/consensys/gnark/std/hash/sha3"
	"github.com/consensys/gnark/std/math/emulated"
	"github.com/consensys/gnark/std/math/uints"
	"github.com/consensys/gnark/std/recursion"

	"github.com/zkpool/aoraki/prover/receipt"
)

// Two commitments
//
// gnark v0.16's in-circuit Groth16 verifier (std/recursion/groth16)
// refuses a key with more than one BSB22 commitment, and a dtree/v2
// segment has two: the model's, then the lookups'. assertProof verifies
// such a proof the way gnark's native verifier does
// (backend/groth16/bn254.Verify), in the circuit:
//
//   - each commitment's hash-to-field (gnark's recursion hash, over the
//     point and the public values and earlier commitment hashes it
//     commits to) becomes a public value of the proof;
//   - the commitments' proofs of knowledge are one folded point: with
//     the challenge r = hash_to_field(h_0 ‖ h_1, "G16-BSB22") (RFC 9380's
//     expand_message_xmd over SHA-256, 48 bytes read mod the scalar
//     field), the check is e(C_0, −σ_0·G)·e(r·C_1, −σ_1·G)·e(PoK, G) = 1,
//     both keys sharing G (gnark-crypto's pedersen.BatchVerifyMultiVk);
//   - then the Groth16 equation with the public values, the hashes and
//     the commitments, as for one commitment.
//
// Such a seal's program id is the hash of its first commitment (the
// model's), and which hash depends on what the seal was proven for
// (dtree.Target): a seal for recursion states the recursion hash, while
// the network, its quotes and the chain name a program by the keccak256
// hash a Solidity-target seal states. A leaf join of such seals proves,
// as its statement's program, the keccak256 hash of the first child's
// model commitment (solidityHash; natively StatementProgram), so that a
// succinct receipt names the program as the task does; the two children
// share the commitment (their recursion ids are equal).
//
// It is written for BN254 proofs in a BN254 circuit: the proofs' scalar
// field is the circuit's own, so the hashes are native values.

// foldDST is the domain separation tag of gnark's folding challenge.
const foldDST = "G16-BSB22"

// twoCommit verifies Groth16 proofs with two commitments.
type twoCommit struct {
	*byteOps
	scalars *emulated.Field[scalar]
	curve   algebra.Curve[scalar, g1]
	pairing *sw_bn254.Pairing
}

func newTwoCommit(api frontend.API, scalars *emulated.Field[scalar], bo *byteOps) (*twoCommit, error) {
	if api.Compiler().Field().Cmp(ecc.BN254.ScalarField()) != 0 {
		return nil, errors.New("aggregate: two-commitment proofs are verified in BN254 circuits only")
	}
	c, err := algebra.GetCurve[scalar, g1](api)
	if err != nil {
		return nil, err
	}
	p, err := sw_bn254.NewPairing(api)
	if err != nil {
		return nil, err
	}
	return &twoCommit{byteOps: bo, scalars: scalars, curve: c, pairing: p}, nil
}

// assertProof asserts that proof is a valid proof under vk (two
// commitments) for the public values pub (native values, in order).
func (t *twoCommit) assertProof(vk verifyingKey, proof proofVar, pub []frontend.Variable) error {
	api := t.api
	nc := len(vk.PublicAndCommitmentCommitted)
	if nc != 2 || len(vk.CommitmentKeys) != 2 || len(proof.Commitments) != 2 {
		return fmt.Errorf("aggregate: %d commitments in the key, %d keys, %d in the proof: want 2", nc, len(vk.CommitmentKeys), len(proof.Commitments))
	}
	nbPublic := len(vk.G1.K) - nc // with the one wire
	if len(pub) != nbPublic-1 {
		return fmt.Errorf("aggregate: %d public values for a key of %d", len(pub), nbPublic-1)
	}
	// The public values, then each commitment's hash, as native values.
	vals := append([]frontend.Variable(nil), pub...)
	hashes := make([]frontend.Variable, nc)
	for i := range nc {
		h, err := recursion.NewHash(api, ecc.BN254.ScalarField(), true)
		if err != nil {
			return err
		}
		h.Write(t.curve.MarshalG1(proof.Commitments[i].G1El)...)
		for _, j := range vk.PublicAndCommitmentCommitted[i] {
			if j < 1 || j > len(vals) {
				return fmt.Errorf("aggregate: commitment %d commits to value %d of %d", i, j, len(vals))
			}
			h.Write(t.marshal(vals[j-1])...)
		}
		hashes[i] = h.Sum()
		vals = append(vals, hashes[i])
	}
	// The proofs of knowledge, folded (BatchVerifyMultiVk).
	r, err := t.foldChallenge(hashes)
	if err != nil {
		return err
	}
	c0, c1, pok := &proof.Commitments[0].G1El, &proof.Commitments[1].G1El, &proof.CommitmentPok.G1El
	for _, p := range []*g1{c0, c1, pok, &proof.Ar, &proof.Krs} {
		t.pairing.AssertIsOnG1(p)
	}
	t.pairing.AssertIsOnG2(&proof.Bs)
	rc1 := t.curve.ScalarMul(c1, r, algopts.WithCompleteArithmetic())
	if err := t.pairing.PairingCheck(
		[]*g1{c0, rc1, pok},
		[]*g2{&vk.CommitmentKeys[0].GSigmaNeg, &vk.CommitmentKeys[1].GSigmaNeg, &vk.CommitmentKeys[0].G}); err != nil {
		return fmt.Errorf("aggregate: proof of knowledge: %w", err)
	}
	// The Groth16 equation.
	points := make([]*g1, len(vk.G1.K)-1)
	for i := range points {
		points[i] = &vk.G1.K[i+1]
	}
	scalars := make([]*emulated.Element[scalar], len(vals))
	for i, v := range vals {
		scalars[i] = t.scalars.FromBits(api.ToBinary(v)...)
	}
	kSum, err := t.curve.MultiScalarMul(points, scalars)
	if err != nil {
		return err
	}
	kSum = t.curve.Add(kSum, &vk.G1.K[0])
	kSum = t.curve.Add(kSum, c0)
	kSum = t.curve.Add(kSum, c1)
	e, err := t.pairing.Pair([]*g1{kSum, &proof.Krs, &proof.Ar}, []*g2{&vk.G2.GammaNeg, &vk.G2.DeltaNeg, &proof.Bs})
	if err != nil {
		return err
	}
	t.pairing.AssertIsEqual(e, &vk.E)
	return nil
}

// foldChallenge is gnark's fr.Hash(h_0 ‖ h_1, "G16-BSB22", 1): 48 bytes
// of expand_message_xmd over the 32-byte big-endian hashes, read
// big-endian mod r (the native field does the reduction).
func (t *twoCommit) foldChallenge(hashes []frontend.Variable) (*emulated.Element[scalar], error) {
	api := t.api
	var msg []uints.U8
	for _, h := range hashes {
		msg = append(msg, t.bytesOf(t.marshal(h))...)
	}
	out, err := expand.ExpandMsgXmd(api, msg, []byte(foldDST), 48)
	if err != nil {
		return nil, err
	}
	return t.scalars.FromBits(api.ToBinary(t.valueOf(out))...), nil
}

// byteOps are the byte-level steps the leaf's keccak hashes share: bits to
// checked bytes and back to a native value.
type byteOps struct {
	api   frontend.API
	bytes *uints.Bytes
}

func newByteOps(api frontend.API) (*byteOps, error) {
	b, err := uints.NewBytes(api)
	if err != nil {
		return nil, err
	}
	return &byteOps{api: api, bytes: b}, nil
}

// bytesOf groups big-endian bits into bytes, most significant first.
func (t *byteOps) bytesOf(bits []frontend.Variable) []uints.U8 {
	out := make([]uints.U8, 0, len(bits)/8)
	for k := 0; k+8 <= len(bits); k += 8 {
		be := bits[k : k+8]
		out = append(out, t.bytes.ValueOf(t.api.FromBinary(be[7], be[6], be[5], be[4], be[3], be[2], be[1], be[0])))
	}
	return out
}

// valueOf reads bytes as a big-endian integer, mod the native field.
func (t *byteOps) valueOf(bs []uints.U8) frontend.Variable {
	var c frontend.Variable = 0
	for _, b := range bs {
		c = t.api.Add(t.api.Mul(c, 256), t.bytes.Value(b))
	}
	return c
}

// marshal is a native value's 256 bits, big-endian (gnark's MarshalScalar
// of the same value, reduced).
func (t *byteOps) marshal(v frontend.Variable) []frontend.Variable {
	return t.word(t.api.ToBinary(v), 256) // canonical
}

// word is the big-endian n-bit word of v's low bits le (little-endian, at
// most n), zeros above them.
func (t *byteOps) word(le []frontend.Variable, n int) []frontend.Variable {
	out := make([]frontend.Variable, n)
	for i := range out {
		out[i] = 0
	}
	for i, b := range le {
		out[n-1-i] = b
	}
	return out
}

// binding is receipt.Binding in the circuit: keccak256(abi.encode(bytes32
// task, address prover, uint96 price)) mod r, the task given as its high
// and low 128 bits. ToBinary bounds each value to its width, so the
// encoding is the one the verifier hashes.
func (t *byteOps) binding(taskHi, taskLo, prover, price frontend.Variable) (frontend.Variable, error) {
	api := t.api
	h, err := stdsha3.NewLegacyKeccak256(api)
	if err != nil {
		return nil, err
	}
	h.Write(t.bytesOf(t.word(api.ToBinary(taskHi, 128), 128)))
	h.Write(t.bytesOf(t.word(api.ToBinary(taskLo, 128), 128)))
	h.Write(t.bytesOf(t.word(api.ToBinary(prover, 160), 256)))
	h.Write(t.bytesOf(t.word(api.ToBinary(price, 8*receipt.PriceBytes), 256)))
	return t.valueOf(h.Sum()), nil
}

// solidityHash is gnark's hash of a commitment for the Solidity verifier
// (dtree.IDFor with ForSolidity): keccak256 of the point's 64 bytes,
// read big-endian mod r.
func (t *twoCommit) solidityHash(p *g1) (frontend.Variable, error) {
	h, err := stdsha3.NewLegacyKeccak256(t.api)
	if err != nil {
		return nil, err
	}
	h.Write(t.bytesOf(t.curve.MarshalG1(*p, algopts.WithCanonicalBitRepresentation())))
	return t.valueOf(h.Sum()), nil
}

// StatementProgram is the program a leaf join's statement names for
// segment receipt r under segKey: the claim's program id, or for a key
// with two commitments the keccak256 hash of the seal's model commitment,
// the id its task names (see twoCommit).
func StatementProgram(segKey groth16.VerifyingKey, r *receipt.SegmentReceipt) (receipt.Digest, error) {
	k, ok := segKey.(*groth16bn254.VerifyingKey)
	if !ok || len(k.CommitmentKeys) != 2 {
		return r.Claim.ProgramID, nil
	}
	proof, err := receipt.DecodeSeal(r.Seal, segKey)
	if err != nil {
		return receipt.Digest{}, fmt.Errorf("%w: segment %d: %w", ErrChild, r.Claim.Index, err)
	}
	if len(proof.Commitments) != 2 {
		return receipt.Digest{}, fmt.Errorf("%w: segment %d: %d commitments, want 2", ErrChild, r.Claim.Index, len(proof.Commitments))
	}
	return solidityHashOf(proof.Commitments[0]), nil
}

// solidityHashOf is solidityHash, natively.
func solidityHashOf(c bn254.G1Affine) receipt.Digest {
	h := sha3.NewLegacyKeccak256()
	h.Write(c.Marshal())
	var e fr.Element
	e.SetBytes(h.Sum(nil))
	return receipt.DigestOf(e)
}
