package dtree

import (
	"fmt"
	"hash"

	"github.com/consensys/gnark-crypto/ecc"
	bn254 "github.com/consensys/gnark-crypto/ecc/bn254"
	"github.com/consensys/gnark-crypto/ecc/bn254/fr"
	"github.com/consensys/gnark/constraint"
	"github.com/consensys/gnark/std/recursion"
	"golang.org/x/crypto/sha3"

	"github.com/zkpool/aoraki/prover/receipt"
	"github.com/zkpool/aoraki/prover/tree"
)

// ModelCommitment is the model's commitment an honest segment of p's
// family carries first (Circuit.Define), computed from the family's model
// basis: Σ v_k·G_k over the program's values v (the quantisation digest
// and the node words) and the basis points G, with gnark's mask at 0.
func (p *Program) ModelCommitment(basis []bn254.G1Affine) (bn254.G1Affine, error) {
	var d bn254.G1Affine
	v := p.tables.values(p.qdigest)
	if len(basis) != len(v) {
		return d, fmt.Errorf("%w: a model basis of %d points for family %s, which commits %d values", ErrBasis, len(basis), p.Shape.Name(), len(v))
	}
	if _, err := d.MultiExp(basis, v, ecc.MultiExpConfig{}); err != nil {
		return d, fmt.Errorf("%w: %v", ErrBasis, err)
	}
	return d, nil
}

// Target is what a seal's commitments are hashed for, and so which id a
// program has: gnark hashes a commitment to a field element with keccak256
// for the Solidity verifier, and with a SNARK-friendly hash for in-circuit
// recursion (std/recursion/groth16.GetNativeProverOptions), and the
// circuit asserts ProgramID equals that hash.
type Target int

const (
	// ForSolidity: seals for the network and the on-chain verifier.
	ForSolidity Target = iota
	// ForRecursion: seals a join circuit verifies (prover/aggregate).
	ForRecursion
)

// IDOf is the program id a seal proven for the Solidity verifier states
// when its model commitment is d: gnark's hash-to-field of a commitment
// with that target (keccak256 of the point, read mod r), the value the
// circuit's Commit returns and asserts equal to ProgramID.
func IDOf(d bn254.G1Affine) receipt.Digest {
	id, _ := IDFor(d, ForSolidity)
	return id
}

// IDFor is the program id a seal proven for target states when its model
// commitment is d.
func IDFor(d bn254.G1Affine, target Target) (receipt.Digest, error) {
	var h hash.Hash
	switch target {
	case ForSolidity:
		h = sha3.NewLegacyKeccak256()
	case ForRecursion:
		var err error
		if h, err = recursion.NewShort(ecc.BN254.ScalarField(), ecc.BN254.ScalarField()); err != nil {
			return receipt.Digest{}, err
		}
	default:
		return receipt.Digest{}, fmt.Errorf("dtree: unknown target %d", target)
	}
	h.Write(constraint.SerializeCommitment(d.Marshal(), nil, (fr.Bits-1)/8+1))
	sum := h.Sum(nil)
	n := fr.Bytes
	if h.Size() < n {
		n = h.Size()
	}
	var id fr.Element
	id.SetBytes(sum[:n])
	return receipt.DigestOf(id), nil
}

// Bind fixes p's program id from its family's model basis (the basis of
// the circuit's first commitment, published with the family's artifacts:
// setup.Artifacts.Basis, setup.Store.Basis), for seals proven for the
// Solidity verifier. A program that is not bound quantises and predicts,
// but neither executes nor has an id.
func (p *Program) Bind(basis []bn254.G1Affine) error { return p.BindFor(basis, ForSolidity) }

// BindFor is Bind for seals proven for target.
func (p *Program) BindFor(basis []bn254.G1Affine, target Target) error {
	if p.Shape.Hashed {
		return fmt.Errorf("%w: %s names its program by the model's hash", ErrBasis, p.Shape.Name())
	}
	d, err := p.ModelCommitment(basis)
	if err != nil {
		return err
	}
	id, err := IDFor(d, target)
	if err != nil {
		return err
	}
	p.id, p.bound = id, true
	return nil
}

// Bound reports whether Bind has fixed p's program id.
func (p *Program) Bound() bool { return p.bound }

// ID is p's program id: the hash of its model's commitment under the
// family's basis, which names the model, its quantisation and the family.
func (p *Program) ID() (receipt.Digest, error) {
	if !p.bound {
		return receipt.Digest{}, fmt.Errorf("%w: %s", ErrUnbound, p.Shape.Name())
	}
	return p.id, nil
}

// Bases gives a family's model basis (setup.Store, task.BasisMap, or
// programs.Bases, which sets a family up when it must).
type Bases interface {
	Basis(family string, n int) ([]bn254.G1Affine, error)
}

// Open is New bound to its family's model basis from bases.
func Open(m *tree.Model, seg int, bases Bases) (*Program, error) {
	p, err := New(m, seg)
	if err != nil {
		return nil, err
	}
	b, err := bases.Basis(p.Shape.Name(), ModelWords(p.Shape))
	if err != nil {
		return nil, err
	}
	if err := p.Bind(b); err != nil {
		return nil, err
	}
	return p, nil
}
