// Package seal makes the seal of one segment: a Groth16 proof over BN254,
// proven for the Solidity verifier target (keccak hash-to-field for the
// commitment) so that the same bytes verify off-chain (receipt.VerifySeal)
// and on Ethereum. It is program-agnostic: given a family's artifacts and a
// segment's full witness it proves, and it reports the claim the witness
// makes so a prover can refuse work whose witness is not what was announced.
//
// The witness comes from the node that announced the segment, a stranger:
// DecodeWitness checks its exact length and header against the circuit
// before gnark's decoder sees it. The node leaves the sixth public input,
// the binding (receipt.Binding), at zero; the prover writes its own binding
// (task, its address, its awarded price) into the witness before proving,
// so the seal says who made it for whom and at what price.
package seal

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math/big"
	"sync"

	"github.com/consensys/gnark-crypto/ecc"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/backend"
	"github.com/consensys/gnark/backend/groth16"
	"github.com/consensys/gnark/backend/solidity"
	"github.com/consensys/gnark/backend/witness"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/constraint/solver"
	stdgroth16 "github.com/consensys/gnark/std/recursion/groth16"

	"github.com/zkpool/aoraki/prover/receipt"
)

// ErrWitness reports witness bytes that do not decode or do not fit the family.
var ErrWitness = errors.New("seal: bad witness")

// witnessHeader is gnark's binary witness header: number of public values,
// number of secret values, vector length (u32 each, big-endian).
const witnessHeader = 12

// DecodeWitness decodes a full witness for a circuit with the given number
// of secret values (ccs.GetNbSecretVariables()), refusing any other shape
// before allocating: the bytes must be exactly the header and
// (receipt.Publics + secrets) canonical field elements.
func DecodeWitness(wit []byte, secrets int) (witness.Witness, error) {
	if secrets < 0 {
		return nil, fmt.Errorf("%w: %d secret values", ErrWitness, secrets)
	}
	n := receipt.Publics + secrets
	if want := witnessHeader + n*fr.Bytes; len(wit) != want {
		return nil, fmt.Errorf("%w: %d bytes, a witness of this circuit has exactly %d", ErrWitness, len(wit), want)
	}
	pub, sec, l := binary.BigEndian.Uint32(wit), binary.BigEndian.Uint32(wit[4:]), binary.BigEndian.Uint32(wit[8:])
	if pub != receipt.Publics || sec != uint32(secrets) || l != uint32(n) {
		return nil, fmt.Errorf("%w: header says %d public, %d secret, %d values; the circuit has %d, %d, %d",
			ErrWitness, pub, sec, l, receipt.Publics, secrets, n)
	}
	w, err := witness.New(ecc.BN254.ScalarField())
	if err != nil {
		return nil, err
	}
	if err := w.UnmarshalBinary(wit); err != nil {
		return nil, fmt.Errorf("%w: %v", ErrWitness, err)
	}
	return w, nil
}

// Option changes how Prove proves a seal.
type Option func(*options)

type options struct{ recursion bool }

// ForRecursion proves a seal for aggregation: a join circuit
// (prover/aggregate) verifies it in circuit, which hashes a BSB22
// commitment to the field with gnark's recursion hash rather than the
// Solidity verifier's keccak. A Groth16 proof with a commitment can serve
// only one of the two, so such a seal verifies with aggregate.VerifySegment
// and not with receipt.VerifySeal or on chain. A seal of a circuit without
// a commitment (hashchain's) is the same bytes either way.
func ForRecursion() Option { return func(o *options) { o.recursion = true } }

// Publics returns the public values of a decoded full witness.
func Publics(w witness.Witness) ([receipt.Publics]receipt.Digest, error) {
	var out [receipt.Publics]receipt.Digest
	vec, ok := w.Vector().(fr.Vector)
	if !ok || len(vec) < receipt.Publics {
		return out, fmt.Errorf("%w: want %d public values", ErrWitness, receipt.Publics)
	}
	for i := range out {
		out[i] = receipt.DigestOf(vec[i])
	}
	return out, nil
}

// Prove proves the segment whose full witness is wit with the family's
// constraint system and proving key, bound to binding (receipt.Binding of
// the task, the prover and its price). It checks that the witness makes the
// claim want (family and index are the caller's to match) and returns the
// seal. ccs must not be in use by another Prove at the same time (see
// setup.Artifacts.NewCCS). By default the seal is proven for the Solidity
// verifier; ForRecursion proves it for aggregation instead.
func Prove(ccs constraint.ConstraintSystem, pk groth16.ProvingKey, want receipt.Claim, binding receipt.Digest, wit []byte, opts ...Option) ([]byte, error) {
	pr, err := Prepare(ccs, want, wit)
	if err != nil {
		return nil, err
	}
	return pr.Prove(pk, binding, opts...)
}

// Prepared is a segment's witness decoded and checked against its claim,
// with the constraint system to prove it in: what a prover can do while
// another proof runs.
type Prepared struct {
	ccs   constraint.ConstraintSystem
	w     witness.Witness
	claim receipt.Claim
}

// Prepare decodes the full witness wit for ccs and checks that it makes
// the claim want (see Prove).
func Prepare(ccs constraint.ConstraintSystem, want receipt.Claim, wit []byte) (*Prepared, error) {
	if nb := ccs.GetNbPublicVariables() - 1; nb != receipt.Publics { // gnark counts the constant 1
		return nil, fmt.Errorf("%w: circuit has %d public values, a program circuit %d", ErrWitness, nb, receipt.Publics)
	}
	w, err := DecodeWitness(wit, ccs.GetNbSecretVariables())
	if err != nil {
		return nil, err
	}
	pub, err := Publics(w)
	if err != nil {
		return nil, err
	}
	got := receipt.Claim{Family: want.Family, Index: want.Index, ProgramID: pub[0], StateIn: pub[1], StateOut: pub[2], InputIn: pub[3], InputOut: pub[4]}
	if got != want {
		return nil, fmt.Errorf("%w: witness claims (%s, %s, %s, %s, %s), segment %d announced (%s, %s, %s, %s, %s)",
			ErrWitness, got.ProgramID, got.StateIn, got.StateOut, got.InputIn, got.InputOut,
			want.Index, want.ProgramID, want.StateIn, want.StateOut, want.InputIn, want.InputOut)
	}
	return &Prepared{ccs: ccs, w: w, claim: want}, nil
}

// Prove proves the prepared segment bound to binding and returns the seal
// (for the Solidity verifier unless ForRecursion). A Prepared is proven
// once.
func (pr *Prepared) Prove(pk groth16.ProvingKey, binding receipt.Digest, opts ...Option) ([]byte, error) {
	b, err := binding.Element()
	if err != nil {
		return nil, err
	}
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	pr.w.Vector().(fr.Vector)[receipt.Publics-1] = b
	target := solidity.WithProverTargetSolidityVerifier(backend.GROTH16)
	if o.recursion {
		target = stdgroth16.GetNativeProverOptions(ecc.BN254.ScalarField(), ecc.BN254.ScalarField())
	}
	mask, err := zeroMask()
	if err != nil {
		return nil, err
	}
	proof, err := groth16.Prove(pr.ccs, pk, pr.w, target, backend.WithSolverOptions(mask))
	if err != nil {
		return nil, fmt.Errorf("prove segment %d (%s): %w", pr.claim.Index, pr.claim.Family, err)
	}
	var buf bytes.Buffer
	if _, err := proof.WriteRawTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// zeroMask fixes at 0 the mask gnark adds to every BSB22 commitment (drawn
// by its hint hints.Randomize, for hiding only), so that a commitment is a
// function of the committed values and the family alone: every segment of
// a dtree task then carries the model commitment its program id hashes
// (prover/dtree, "Model cost"), and a seal with another mask states
// another program id. Seals hide nothing from the node and the verifiers
// anyway: they hold every segment's witness.
var zeroMask = sync.OnceValues(func() (solver.Option, error) {
	const name = "github.com/consensys/gnark/internal/hints.Randomize"
	for _, h := range solver.GetRegisteredHints() {
		if solver.GetHintName(h) == name {
			return solver.OverrideHint(solver.GetHintID(h), func(_ *big.Int, _, out []*big.Int) error {
				for _, o := range out {
					o.SetInt64(0)
				}
				return nil
			}), nil
		}
	}
	return nil, fmt.Errorf("%w: gnark's commitment mask hint %s is not registered", ErrWitness, name)
})
